import { aCanonData, aGroup, aRodiElement, aTestElement, aTestPanel } from '../reference/seed.factory';
import { createCanon } from './canon';
import { CanonDataError } from './canon-errors';

describe('createCanon', () => {
  const sut = createCanon(aCanonData(), [aTestPanel()]);

  describe('canonicalFor', () => {
    it('maps any alias of a group to its canonical name', () => {
      expect(sut.canonicalFor('Brom')).toBe('Bromine');
      expect(sut.canonicalFor('BR')).toBe('Bromine');
    });

    it("tries the lab's own spellings first when a panel is given", () => {
      const canon = createCanon(aCanonData(), [aTestPanel({ elements: [aTestElement({ aliases: ['Bromine', 'Brom (gesamt)'] })] })]);

      expect(canon.canonicalFor('Brom (gesamt)', 'OCEAMO')).toBe('Bromine');
    });

    it('falls back to the groups for a panel it does not know', () => {
      expect(sut.canonicalFor('Kupfer', 'NO_SUCH_LAB')).toBe('Copper');
    });

    it('reads "name (symbol)" forms through either part', () => {
      expect(sut.canonicalFor('Phosphat (PO4)')).toBe('Phosphorus');
      expect(sut.canonicalFor('Kupfer (gelöst)')).toBe('Copper');
    });

    it('refuses a name whose parts point at different elements', () => {
      expect(sut.canonicalFor('Copper (Br)')).toBeUndefined();
    });

    it('maps an RO/DI name to the element it measures', () => {
      expect(sut.canonicalFor('Copper (RO)')).toBe('Copper');
      expect(sut.canonicalFor('Kupfer (Osmose)', 'OCEAMO')).toBe('Copper');
    });

    it('knows nothing of section headings or unknown names', () => {
      expect(sut.canonicalFor('Spurenelemente', 'OCEAMO')).toBeUndefined();
      expect(sut.canonicalFor('Unobtainium')).toBeUndefined();
    });
  });

  describe('panelElementFor', () => {
    it('finds the tank row for a tank name', () => {
      expect(sut.panelElementFor('Kupfer', 'OCEAMO')?.elementId).toBe('copper');
    });

    it('finds the RO/DI row for an RO-marked name, whatever RO mark the lab uses', () => {
      expect(sut.panelElementFor('Kupfer (Osmose)', 'OCEAMO')?.elementId).toBe('copper-ro');
      expect(sut.panelElementFor('Kupfer (RO)', 'OCEAMO')?.elementId).toBe('copper-ro');
    });

    it('does not mistake an RO name for the tank row when the panel has no RO row for it', () => {
      expect(sut.panelElementFor('Brom (RO)', 'OCEAMO')).toBeUndefined();
    });
  });

  describe('groupOf and sameGroup', () => {
    it('puts a dose product and the test it raises in one group', () => {
      expect(sut.groupOf('Phosphate')?.canonical).toBe('Phosphorus');
      expect(sut.sameGroup('Phosphor', 'PO4')).toBe(true);
    });

    it('keeps different elements and unknown names apart', () => {
      expect(sut.sameGroup('Copper', 'Bromine')).toBe(false);
      expect(sut.sameGroup('Unobtainium', 'Unobtainium')).toBe(false);
    });
  });

  it('converts with the element deciding the dimension', () => {
    expect(sut.convert(8, 'dKH', 'ppm', 'KH')).toBeCloseTo(142.88, 9);
  });

  describe('checks its data', () => {
    it('rejects an alias claimed by two groups', () => {
      const data = aCanonData({ groups: [aGroup(), aGroup({ canonical: 'Boron', symbol: 'B', aliases: ['Br'] })] });

      expect(() => createCanon(data)).toThrow(new CanonDataError('"Br" is claimed by Bromine and Boron'));
    });

    it('rejects a panel alias that two rows share', () => {
      const panel = aTestPanel({
        elements: [aTestElement(), aTestElement({ elementId: 'bromide', aliases: ['brom'] })],
      });

      expect(() => createCanon(aCanonData(), [panel])).toThrow(/OCEAMO\/bromide: "brom" is also OCEAMO\/bromine/);
    });

    it('rejects a panel alias that belongs to another element', () => {
      const panel = aTestPanel({ elements: [aTestElement({ aliases: ['Bromine', 'Kupfer'] })] });

      expect(() => createCanon(aCanonData(), [panel])).toThrow(/"Kupfer" belongs to Copper/);
    });

    it('rejects a panel row whose canonical name is no group', () => {
      const panel = aTestPanel({ elements: [aTestElement({ canonical: 'Brome' })] });

      expect(() => createCanon(aCanonData(), [panel])).toThrow(/unknown canonical "Brome"/);
    });

    it('rejects RO marks on tank rows and missing RO marks on RO/DI rows', () => {
      const tankWithMark = aTestPanel({ elements: [aTestElement({ aliases: ['Brom (RO)'] })] });
      const rodiWithoutMark = aTestPanel({ elements: [aRodiElement({ aliases: ['Kupfer'] })] });

      expect(() => createCanon(aCanonData(), [tankWithMark])).toThrow(/must not carry an RO mark/);
      expect(() => createCanon(aCanonData(), [rodiWithoutMark])).toThrow(/must carry an RO mark/);
    });
  });
});
