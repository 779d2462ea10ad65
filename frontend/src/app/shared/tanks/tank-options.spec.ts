import { litresOf, volumeIn, volumeText } from './tank-options';

describe('tank volumes', () => {
  it('converts between litres and US gallons to one decimal, both ways', () => {
    expect(litresOf(100, 'GAL')).toBe(378.5);
    expect(volumeIn(378.5, 'GAL')).toBe(100);
    expect(litresOf(300, 'L')).toBe(300);
  });

  it('shows the volume in the unit the keeper entered it', () => {
    expect(volumeText({ volumeLitres: 1200, volumeUnit: 'L' })).toBe('1,200 L');
    expect(volumeText({ volumeLitres: 302.8, volumeUnit: 'GAL' })).toBe('80 US gal (302.8 L)');
  });
});
