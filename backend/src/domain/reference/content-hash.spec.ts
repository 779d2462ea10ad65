import { contentHash, stableStringify } from './content-hash';

describe('stableStringify', () => {
  it('writes object keys in sorted order at every depth', () => {
    expect(stableStringify({ b: 1, a: { d: [{ f: 1, e: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[{"e":2,"f":1}]},"b":1}');
  });

  it('leaves undefined fields out', () => {
    expect(stableStringify({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('keeps list order, which is content', () => {
    expect(stableStringify(['Brom', 'Br'])).not.toBe(stableStringify(['Br', 'Brom']));
  });
});

describe('contentHash', () => {
  const sut = contentHash;

  it('is the same for the same content written in another field order', () => {
    expect(sut({ unit: 'mg/l', canonical: 'Calcium' })).toBe(sut({ canonical: 'Calcium', unit: 'mg/l' }));
  });

  it('changes when any value changes', () => {
    expect(sut({ unit: 'mg/l' })).not.toBe(sut({ unit: 'µg/l' }));
  });

  it('is a hex SHA-256', () => {
    expect(sut({})).toMatch(/^[0-9a-f]{64}$/);
  });
});
