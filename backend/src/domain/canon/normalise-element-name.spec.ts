import { isRodiName, normaliseElementName, splitRodi } from './normalise-element-name';

describe('normaliseElementName', () => {
  const sut = normaliseElementName;

  it.each([
    ['Magnesium', 'magnesium'],
    ['  Molybdän  ', 'molybdan'],
    ['Karbonathärte', 'karbonatharte'],
    ['Kupfer(Osmose)', 'kupfer (osmose)'],
    ['Copper ( RO )', 'copper (ro)'],
    ['Manganese – X', 'manganese-x'],
    ['PO₄³⁻', 'po4'],
    ['Ca²⁺', 'ca'],
    ['Iod*', 'iod'],
    ['Schwefel:', 'schwefel'],
    ['Carbonate   hardness', 'carbonate hardness'],
  ])('turns %p into %p', (input, expected) => {
    expect(sut(input)).toBe(expected);
  });

  it('gives the same form for names that differ only in case, accents and spacing', () => {
    expect(sut('NITRAT (NO3)')).toBe(sut('Nitrat(no3)'));
  });
});

describe('splitRodi', () => {
  it.each(['copper (ro)', 'kupfer (osmose)', 'copper (osmosis)', 'zinc (ro/di)', 'zink (osmosewasser)'])(
    'recognises %p as an RO/DI measurement',
    (name) => {
      expect(splitRodi(name).rodi).toBe(true);
    },
  );

  it('returns the element part without its RO mark', () => {
    expect(splitRodi('kupfer (osmose)')).toEqual({ base: 'kupfer', rodi: true });
  });

  it('leaves tank names and other parentheses alone', () => {
    expect(splitRodi('magnesium (mg)')).toEqual({ base: 'magnesium (mg)', rodi: false });
  });
});

describe('isRodiName', () => {
  it('reads names as written on a report', () => {
    expect(isRodiName('Copper (RO)')).toBe(true);
    expect(isRodiName('Copper')).toBe(false);
  });
});
