import { AffineMatrix } from './affine-matrix';

const entries = (m: AffineMatrix) => [m.a, m.b, m.c, m.d, m.e, m.f];

describe('AffineMatrix', () => {
  it('starts as the identity, or as the six numbers it is given', () => {
    expect(entries(new AffineMatrix())).toEqual([1, 0, 0, 1, 0, 0]);
    expect(entries(new AffineMatrix([2, 0, 0, 3, 4, 5]))).toEqual([2, 0, 0, 3, 4, 5]);
  });

  it('scales then translates in the scaled space, as DOMMatrix does', () => {
    const sut = new AffineMatrix().scaleSelf(1 / 10, -1 / 20).translateSelf(0, -20);
    expect(entries(sut)).toEqual([0.1, 0, 0, -0.05, 0, 1]);
  });

  it('multiplies on the right and on the left', () => {
    const shift = new AffineMatrix([1, 0, 0, 1, 5, 0]);
    expect(new AffineMatrix([2, 0, 0, 2, 0, 0]).multiplySelf(shift).e).toBe(10);
    expect(new AffineMatrix([2, 0, 0, 2, 0, 0]).preMultiplySelf(shift).e).toBe(5);
  });

  it('inverts to a matrix that undoes it', () => {
    const m = new AffineMatrix([2, 1, 1, 3, 4, 5]);
    const sut = new AffineMatrix(m).invertSelf().multiplySelf(m);
    expect(entries(sut).map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([1, 0, 0, 1, 0, 0]);
  });
});
