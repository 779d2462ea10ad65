type Six = [number, number, number, number, number, number];

/**
 * A 2-D affine matrix with the part of the DOMMatrix API pdf.js touches when it loads and when it
 * reads text. Node has no DOMMatrix; pdf.js borrows one from the native @napi-rs/canvas package
 * (32 MB) when it can, which text extraction does not need, so this stands in where Node lacks one.
 *
 * @example new AffineMatrix().scaleSelf(2).translateSelf(1, 0).e // 2
 */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: readonly number[] | AffineMatrix) {
    if (Array.isArray(init) && init.length >= 6) this.set(init.slice(0, 6) as Six);
    else if (init instanceof AffineMatrix) this.set([init.a, init.b, init.c, init.d, init.e, init.f]);
  }

  get is2D(): boolean {
    return true;
  }

  multiplySelf(other: AffineMatrix): this {
    return this.set(AffineMatrix.product(this, other));
  }

  preMultiplySelf(other: AffineMatrix): this {
    return this.set(AffineMatrix.product(other, this));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  private set([a, b, c, d, e, f]: Six): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }

  private static product(m: AffineMatrix, n: AffineMatrix): Six {
    return [
      m.a * n.a + m.c * n.b,
      m.b * n.a + m.d * n.b,
      m.a * n.c + m.c * n.d,
      m.b * n.c + m.d * n.d,
      m.a * n.e + m.c * n.f + m.e,
      m.b * n.e + m.d * n.f + m.f,
    ];
  }
}
