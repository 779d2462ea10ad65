import { readTypedValue } from './manual-icp-entry';

describe('readTypedValue', () => {
  it.each([
    ['10.780', { elementId: 'x', value: 10780 }],
    ['10,780', { elementId: 'x', value: 10780 }],
    ['1,23', { elementId: 'x', value: 1.23 }],
    ['0.062', { elementId: 'x', value: 0.062 }],
    ['428', { elementId: 'x', value: 428 }],
    ['n.n.', { elementId: 'x', notDetected: true }],
    ['n.d.', { elementId: 'x', notDetected: true }],
    ['---', { elementId: 'x', notDetected: true }],
    ['< 0,5', { elementId: 'x', notDetected: true, detectionLimit: 0.5 }],
  ])('reads %p as the lab printed it', (typed, row) => {
    expect(readTypedValue('x', typed)).toEqual({ row });
  });

  it('leaves an empty field out', () => {
    expect(readTypedValue('x', '  ')).toEqual({});
  });

  it.each(['abc', '1,2,3', '< none'])('explains what it cannot read (%p)', (typed) => {
    expect(readTypedValue('x', typed).error).toEqual(expect.any(String));
  });
});
