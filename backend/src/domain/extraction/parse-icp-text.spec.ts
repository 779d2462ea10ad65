import { anOceamoText } from './extraction.factory';
import { NotAnIcpReportError, UnrecognisedLayoutError } from './extraction-errors';
import { DeterministicIcpExtractor, parseIcpText } from './parse-icp-text';

describe('parseIcpText', () => {
  it('reads an Oceamo report: metadata, tank rows and RO rows in printed order', () => {
    const sut = parseIcpText(anOceamoText());
    expect(sut).toMatchObject({
      lab: 'OCEAMO',
      analysisNumber: 'OC-25-04817',
      sampleDate: '2025-03-14',
      tankMeasurements: { tankName: 'Riffbecken', volumeLitres: 450, salinityPpt: 35.2, alkalinityDkh: 7.8 },
      skippedRows: [],
    });
    expect(sut.elements.map((e) => [e.elementId, e.displayName, e.value])).toEqual([
      ['sodium', 'Sodium', 10780],
      ['copper', 'Copper', 1.2],
      ['copper-ro', 'Copper (RO)', null],
    ]);
  });

  it('reads tank rows again after a heading that follows the Osmose block', () => {
    const text = anOceamoText({ rows: ['Osmosewasser', 'Kupfer\tCu\t0,3\tµg/l', 'Nährstoffe', 'Phosphor\tP\t12\tµg/l'] });
    expect(parseIcpText(text).elements.map((e) => e.elementId)).toEqual(['copper-ro', 'phosphorus']);
  });

  it('keeps rows no panel row matches aside, as printed', () => {
    const text = anOceamoText({ rows: ['Spurenelemente', 'Gold\tAu\t0,1\tµg/l', 'Kupfer\tCu\t1,2\tµg/l'] });
    const sut = parseIcpText(text);
    expect(sut.skippedRows).toEqual(['Gold\tAu\t0,1\tµg/l']);
    expect(sut.elements).toHaveLength(1);
  });

  it('refuses a text that is no element analysis as not an ICP report', () => {
    expect(() => parseIcpText('Nordsee Wasserlabor\nKupfer\tCu\t1,2\tµg/l')).toThrow(NotAnIcpReportError);
  });

  const unknownLab = [
    'Nordsee Wasserlabor',
    'Probenahme: 14.03.2025',
    'Analysenummer: NW-1',
    ...['Natrium', 'Magnesium', 'Calcium', 'Kalium', 'Strontium', 'Bor', 'Brom', 'Schwefel'].map((n, i) => `${n}\t${i + 1},5\tmg/l`),
  ].join('\n');

  it('reads a lab no profile knows with the generic reader, against the panel of the lab the keeper picked', () => {
    expect(parseIcpText(unknownLab, undefined, 'FAUNA_MARIN')).toMatchObject({
      lab: 'FAUNA_MARIN',
      analysisNumber: 'NW-1',
      sampleDate: '2025-03-14',
    });
  });

  it('refuses a lab no profile knows when the keeper picked no lab', () => {
    expect(() => parseIcpText(unknownLab)).toThrow(UnrecognisedLayoutError);
  });

  it('refuses a known lab whose element table it cannot find (a changed layout)', () => {
    expect(() => parseIcpText(anOceamoText({ rows: ['Kupfer: siehe Anhang'] }))).toThrow(UnrecognisedLayoutError);
  });
});

describe('DeterministicIcpExtractor', () => {
  const sut = new DeterministicIcpExtractor();

  it('goes by the lab the text names, not the lab the keeper picked', async () => {
    await expect(sut.extract({ text: anOceamoText(), labHint: 'TRITON' })).resolves.toMatchObject({ lab: 'OCEAMO' });
  });

  it('rejects a text with no element table with a typed error even when a lab is hinted', async () => {
    await expect(sut.extract({ text: 'Nordsee Wasserlabor', labHint: 'OCEAMO' })).rejects.toBeInstanceOf(NotAnIcpReportError);
  });
});
