import { messageFor, streamTableOf } from './realtime-message';

describe('messageFor', () => {
  const header = {
    test_id: 't1',
    item: 'HEADER',
    user_id: 'u1',
    tank_id: 'k1',
    user_id_tank_id: 'u1#k1',
    test_date: '2026-03-01',
    status: 'PROCESSING',
    lab: 'OCEAMO',
  };

  it('addresses a test header change to its owner only', () => {
    expect(messageFor('test-history', 'MODIFY', { ...header, status: 'DONE' }, header)).toEqual({
      userId: 'u1',
      message: {
        type: 'TEST',
        op: 'upsert',
        tankId: 'k1',
        item: { id: 't1', date: '2026-03-01', status: 'DONE', label: 'ICP OCEAMO', lab: 'OCEAMO' },
      },
    });
  });

  it('says why a failed test failed, and only for a failed one', () => {
    const failed = { ...header, status: 'ERROR', failure_kind: 'LAYOUT' };

    expect(messageFor('test-history', 'MODIFY', failed, header)?.message.item).toMatchObject({
      status: 'ERROR',
      lab: 'OCEAMO',
      failureKind: 'LAYOUT',
    });
    expect(messageFor('test-history', 'MODIFY', { ...failed, status: 'PROCESSING' }, failed)?.message.item.failureKind).toBeUndefined();
  });

  it('uses the old image for a removal', () => {
    expect(messageFor('test-history', 'REMOVE', undefined, header)?.message).toMatchObject({ op: 'remove', item: { id: 't1' } });
  });

  it('ignores element rows, which change together with their test', () => {
    expect(messageFor('test-history', 'INSERT', { ...header, item: 'ELEMENT#calcium' }, undefined)).toBeUndefined();
  });

  it('takes the owner from the tank key when the row has no user_id', () => {
    expect(
      messageFor('dose-history', 'INSERT', { user_id_tank_id: 'u2#k2', dose_date: '2026-03-02', entries: { a: {}, b: {} } }, undefined),
    ).toEqual({
      userId: 'u2',
      message: { type: 'DOSE', op: 'upsert', tankId: 'k2', item: { id: '2026-03-02', date: '2026-03-02', label: '2 doses' } },
    });
  });

  it('says when a dose day holds a planned dose confirmed as given early', () => {
    const image = { user_id_tank_id: 'u2#k2', dose_date: '2026-03-03', entries: { a: { confirmed_at: '2026-03-02T19:00:00Z' } } };
    expect(messageFor('dose-history', 'MODIFY', image, undefined)?.message.item).toEqual({
      id: '2026-03-03',
      date: '2026-03-03',
      label: '1 dose',
      givenEarly: true,
    });
  });

  it('skips a record without an owner rather than guessing one', () => {
    expect(messageFor('program-history', 'INSERT', { program_id: 'p1' }, undefined)).toBeUndefined();
  });
});

describe('streamTableOf', () => {
  it('reads the logical table of the environment from a stream ARN', () => {
    expect(streamTableOf('arn:aws:dynamodb:eu-central-1:1:table/dev-dose-history/stream/2026-01-01T00:00:00.000', 'dev')).toBe(
      'dose-history',
    );
    expect(streamTableOf('arn:aws:dynamodb:eu-central-1:1:table/prod-dose-history/stream/x', 'dev')).toBeUndefined();
  });
});
