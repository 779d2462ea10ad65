import { asIcpLab, detectLab } from './detect-lab';

describe('detectLab', () => {
  it.each([
    ['OCEAMO\nOceamo GmbH · Labor für Meerwasseranalytik', 'OCEAMO'],
    ['TRITON Lab\nTriton GmbH · Duisburg', 'TRITON'],
    ['ATI Lab\nATI Aquaristik GmbH · Hörstel', 'ATI'],
    ['Fauna Marin\nFauna Marin GmbH', 'FAUNA_MARIN'],
    ['FaunaMarin Reef ICP', 'FAUNA_MARIN'],
  ])('names the lab of %p', (text, lab) => {
    expect(detectLab(text)).toBe(lab);
  });

  it('goes by the letterhead when a report mentions another lab further down', () => {
    expect(detectLab('Fauna Marin GmbH\n…\nVergleich: Triton-Methode')).toBe('FAUNA_MARIN');
  });

  it('does not take "ati" inside words or in lower case for the ATI lab', () => {
    expect(detectLab('Nordsee Wasserlabor\nSeawater analysis, salinity and ration')).toBeUndefined();
  });

  it('knows no lab in a report from a lab it has no parser for', () => {
    expect(detectLab('Nordsee Wasserlabor KG\nReport number: NS/2025/114')).toBeUndefined();
  });
});

describe('asIcpLab', () => {
  it.each([
    ['OCEAMO', 'OCEAMO'],
    ['Fauna Marin', 'FAUNA_MARIN'],
    ['fauna-marin', 'FAUNA_MARIN'],
    [' ati ', 'ATI'],
  ])('reads the upload choice %p as %s', (hint, lab) => {
    expect(asIcpLab(hint)).toBe(lab);
  });

  it.each([undefined, '', 'MANUAL', 'Unknown Lab'])('reads %p as no lab', (hint) => {
    expect(asIcpLab(hint)).toBeUndefined();
  });
});
