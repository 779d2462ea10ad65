import { linesOf, PositionedText } from './text-lines';

const aRun = (text: string, x: number, y: number, overrides: Partial<PositionedText> = {}): PositionedText => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 9,
  ...overrides,
});

describe('linesOf', () => {
  it('puts runs on one baseline into one line, left to right, with tabs between columns', () => {
    const sut = linesOf([aRun('µg/l', 305, 600), aRun('Kupfer', 50, 600), aRun('1,2', 275, 600), aRun('Cu', 175, 600)]);
    expect(sut).toEqual(['Kupfer\tCu\t1,2\tµg/l']);
  });

  it('orders lines from the top of the page down', () => {
    expect(linesOf([aRun('second', 50, 580), aRun('first', 50, 600)])).toEqual(['first', 'second']);
  });

  it('keeps a run a point or two off the baseline (a bold heading, a superscript) on its line', () => {
    expect(linesOf([aRun('Natrium', 50, 600), aRun('10.780', 280, 601.5)])).toEqual(['Natrium\t10.780']);
  });

  it('joins runs of one cell with a space, or with nothing when they touch', () => {
    const sut = linesOf([
      aRun('Kupfer', 50, 600, { width: 28 }),
      aRun('(Osmose)', 80, 600),
      aRun('Zn', 50, 500, { width: 10 }),
      aRun('²⁺', 60, 500),
    ]);
    expect(sut).toEqual(['Kupfer (Osmose)', 'Zn²⁺']);
  });

  it('drops runs that are only white space', () => {
    expect(linesOf([aRun('Kupfer', 50, 600), aRun(' ', 200, 600), aRun('  ', 50, 500)])).toEqual(['Kupfer']);
  });
});
