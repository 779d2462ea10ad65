import { defaultCanon } from '../canon';
import { OCEAMO_LAYOUT } from './labs/oceamo';
import { readReportMetadata } from './report-metadata';

const canon = defaultCanon();
const read = (lines: string[]) => readReportMetadata(lines, OCEAMO_LAYOUT, canon);

describe('readReportMetadata', () => {
  it('reads the analysis number, sample date and tank from their labels', () => {
    const sut = read([
      'Analysenummer: OC-25-04817\tBerichtsdatum: 19.03.2025',
      'Probenahme: 14.03.2025',
      'Becken: Riffbecken Wohnzimmer\tVolumen: 450 l',
      'Salinität: 35,2 ppt\tKH: 7,8 dKH',
    ]);
    expect(sut).toEqual({
      analysisNumber: 'OC-25-04817',
      sampleDate: '2025-03-14',
      tankMeasurements: { tankName: 'Riffbecken Wohnzimmer', volumeLitres: 450, salinityPpt: 35.2, alkalinityDkh: 7.8 },
    });
  });

  it('never takes the report date for the sample date', () => {
    expect(read(['Berichtsdatum: 19.03.2025', 'Erstellt: 20.03.2025']).sampleDate).toBeUndefined();
  });

  it('converts specific gravity and meq/l through the canon', () => {
    const sut = read(['Dichte: 1,0264', 'Alkalinität: 2,8 meq/l']).tankMeasurements;
    expect(sut.salinityPpt).toBeCloseTo(35.0, 1);
    expect(sut.alkalinityDkh).toBeCloseTo(7.84, 2);
  });

  it('reads columns that ran together into one cell', () => {
    const sut = read(['Becken: Nano Reef Volumen: 60 l']).tankMeasurements;
    expect(sut).toEqual({ tankName: 'Nano Reef', volumeLitres: 60 });
  });

  it('leaves out what the report does not print, and volumes in units it cannot read', () => {
    expect(read(['Volumen: 120 gal', 'Analysenummer: ---'])).toEqual({ tankMeasurements: {} });
  });
});
