import { parseRealtimeMessage } from './realtime-message';

describe('parseRealtimeMessage', () => {
  const frame = (message: object) => JSON.stringify(message);

  it('reads an upsert of a test into the rail’s words', () => {
    expect(
      parseRealtimeMessage(
        frame({
          type: 'TEST',
          op: 'upsert',
          tankId: 'tank-1',
          item: { id: 't1', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO' },
        }),
      ),
    ).toEqual({
      kind: 'test',
      op: 'upsert',
      tankId: 'tank-1',
      item: { id: 't1', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO' },
    });
  });

  it('keeps the lab and, for a failed test, why it failed', () => {
    expect(
      parseRealtimeMessage(
        frame({
          type: 'TEST',
          op: 'upsert',
          tankId: 'tank-1',
          item: { id: 't1', status: 'ERROR', label: 'ICP ATI', lab: 'ATI', failureKind: 'LAYOUT' },
        }),
      )?.item,
    ).toEqual({ id: 't1', status: 'ERROR', label: 'ICP ATI', lab: 'ATI', failureKind: 'LAYOUT' });
  });

  it('reads dose and program removals', () => {
    expect(
      parseRealtimeMessage(
        frame({
          type: 'DOSE',
          op: 'remove',
          tankId: 'tank-1',
          item: { id: '2026-03-02', label: '0 doses' },
        }),
      ),
    ).toMatchObject({ kind: 'dose', op: 'remove', item: { id: '2026-03-02' } });
    expect(
      parseRealtimeMessage(
        frame({ type: 'PROGRAM', op: 'remove', tankId: 'tank-1', item: { id: 'p1' } }),
      ),
    ).toMatchObject({ kind: 'program', item: { id: 'p1', label: 'p1' } });
  });

  it.each([
    ['text that is not JSON', 'hello'],
    ['a gateway error frame', frame({ message: 'Forbidden', connectionId: 'abc' })],
    ['an unknown type', frame({ type: 'REVIEW', op: 'upsert', tankId: 't', item: { id: 'x' } })],
    ['an unknown op', frame({ type: 'TEST', op: 'patch', tankId: 't', item: { id: 'x' } })],
    ['a missing tank', frame({ type: 'TEST', op: 'upsert', item: { id: 'x' } })],
    [
      'an item without an id',
      frame({ type: 'TEST', op: 'upsert', tankId: 't', item: { label: 'x' } }),
    ],
    ['a binary frame', new ArrayBuffer(4)],
  ])('ignores %s', (_what, input) => {
    expect(parseRealtimeMessage(input)).toBeNull();
  });
});
