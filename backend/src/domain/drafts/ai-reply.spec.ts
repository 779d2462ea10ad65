import { AiDraftReplyError, parseAiDraftReply } from './ai-reply';

describe('parseAiDraftReply', () => {
  it.each<[string, string, ReturnType<typeof parseAiDraftReply>]>([
    [
      'a plain object',
      '{"suggestions":[{"elementId":"iodine","amount":1.2,"reason":"low"}]}',
      [{ elementId: 'iodine', amount: 1.2, reason: 'low' }],
    ],
    [
      'a fenced object with chatter',
      'Here you go:\n```json\n{"suggestions":[{"elementId":"iron","amount":0.5,"unit":"ml","weekdays":[1,4]}]}\n```\nGood luck {not json}',
      [{ elementId: 'iron', amount: 0.5, unit: 'ml', weekdays: [1, 4] }],
    ],
    ['a bare list', '[{"elementId":"iodine","amount":0}]', [{ elementId: 'iodine', amount: 0 }]],
    [
      'entries that are not suggestions are dropped one by one',
      '{"suggestions":[{"elementId":"iodine","amount":"2"},{"amount":1},{"elementId":"iron","amount":-1},null,{"elementId":" zinc ","amount":1,"weekdays":"daily","reason":"  "}]}',
      [{ elementId: 'zinc', amount: 1 }],
    ],
    ['an empty list', '{"suggestions":[]}', []],
  ])('reads %s', (_, reply, expected) => {
    expect(parseAiDraftReply(reply)).toEqual(expected);
  });

  it.each([
    ['no JSON', 'I would raise iodine a little.'],
    ['broken JSON', '{"suggestions":[{"elementId":"iodine",}'],
    ['no list', '{"advice":"raise iodine"}'],
    ['null', 'null'],
  ])('refuses %s', (_, reply) => {
    expect(() => parseAiDraftReply(reply)).toThrow(AiDraftReplyError);
  });
});
