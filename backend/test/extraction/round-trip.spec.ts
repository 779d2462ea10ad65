import { DeterministicIcpExtractor, ICP_LABS } from '../../src/domain/extraction';
import { extractPdfText } from '../../src/modules/extraction';
import { generateIcpFixture, IcpFixtureOptions } from '../../src/tools/icp-fixtures';

const sut = new DeterministicIcpExtractor();

async function roundTrip(lab: (typeof ICP_LABS)[number], options: IcpFixtureOptions = {}) {
  const fixture = await generateIcpFixture(lab, options);
  const { text } = await extractPdfText(fixture.bytes);
  return { report: await sut.extract({ text, labHint: lab }), expected: fixture.expected };
}

describe('ICP report PDFs, generated, read and parsed', () => {
  describe.each(ICP_LABS)('%s', (lab) => {
    it.each([1, 2, 3])('reads every element, value, unit, band and the metadata exactly (seed %p)', async (seed) => {
      const { report, expected } = await roundTrip(lab, { seed });
      expect(report).toEqual(expected);
    });

    it('reads forced values, non-detects and "< x" limits as printed', async () => {
      const values = { copper: 3.25, zinc: 'not-detected', lithium: { below: 5 }, sodium: 10780 } as const;
      const { report, expected } = await roundTrip(lab, { values });
      expect(report).toEqual(expected);
      const byId = new Map(report.elements.map((e) => [e.elementId, e]));
      expect(byId.get('copper')).toMatchObject({ value: 3.25, nonDetect: false });
      expect(byId.get('zinc')).toMatchObject({ value: null, nonDetect: true });
      expect(byId.get('lithium')).toMatchObject({ value: null, nonDetect: true, detectionLimit: 5 });
      expect(byId.get('sodium')?.value).toBe(10780);
    });
  });

  it('prints Oceamo figures with decimal commas and grouped thousands, and reads them back', async () => {
    const { report } = await roundTrip('OCEAMO', { values: { sodium: 10780, copper: 1.25 } });
    const byId = new Map(report.elements.map((e) => [e.elementId, e]));
    expect(byId.get('sodium')).toMatchObject({ printed: '10.780', value: 10780, unit: 'mg/l' });
    expect(byId.get('copper')).toMatchObject({ printed: '1,25', value: 1.25, unit: 'µg/l' });
  });

  it('reads the Osmose block as RO rows named like "Copper (RO)"', async () => {
    const { report } = await roundTrip('FAUNA_MARIN', { values: { 'copper-ro': 0.42 } });
    const ro = report.elements.filter((e) => e.source === 'rodi');
    expect(ro).toHaveLength(18);
    expect(ro.find((e) => e.elementId === 'copper-ro')).toMatchObject({ displayName: 'Copper (RO)', category: 'osmose', value: 0.42 });
  });

  it('converts a value the lab printed in mg/l to the µg/l the panel reports', async () => {
    const { report, expected } = await roundTrip('FAUNA_MARIN', { values: { iodine: 62 }, printedUnits: { iodine: 'mg/l' } });
    expect(report).toEqual(expected);
    expect(report.elements.find((e) => e.elementId === 'iodine')).toMatchObject({ printed: '0,062', value: 62, unit: 'µg/l' });
  });

  it('reads phosphate and nitrate as the mg/l the ATI panel reports', async () => {
    const { report } = await roundTrip('ATI', { values: { phosphate: 0.062, nitrate: 4.2 } });
    const byId = new Map(report.elements.map((e) => [e.elementId, e]));
    expect(byId.get('phosphate')).toMatchObject({ value: 0.062, unit: 'mg/l' });
    expect(byId.get('nitrate')).toMatchObject({ value: 4.2, unit: 'mg/l' });
  });

  it('reads the lab from the PDF, whatever lab the keeper picked on upload', async () => {
    const { bytes, expected } = await generateIcpFixture('ATI');
    const { text } = await extractPdfText(bytes);
    await expect(sut.extract({ text, labHint: 'FAUNA_MARIN' })).resolves.toEqual(expected);
  });

  it('reads the sample date, never the report or PDF creation date', async () => {
    const { report } = await roundTrip('TRITON', { sampleDate: '2025-02-03' });
    expect(report.sampleDate).toBe('2025-02-03');
  });
});
