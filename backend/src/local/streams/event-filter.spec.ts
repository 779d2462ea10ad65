import { matchesFilter } from './event-filter';

describe('matchesFilter (Lambda event filtering)', () => {
  const header = { dynamodb: { Keys: { item: { S: 'HEADER' } }, NewImage: { item: { S: 'HEADER' }, status: { S: 'DONE' } } } };
  const element = { dynamodb: { Keys: { item: { S: 'ELEMENT#calcium' } }, NewImage: { item: { S: 'ELEMENT#calcium' } } } };

  it('matches when every leaf allows the value at its path', () => {
    expect(matchesFilter({ dynamodb: { Keys: { item: { S: ['HEADER'] } } } }, header)).toBe(true);
    expect(matchesFilter({ dynamodb: { Keys: { item: { S: ['HEADER'] } } } }, element)).toBe(false);
    expect(matchesFilter({ dynamodb: { NewImage: { item: { S: ['HEADER'] }, status: { S: ['DONE'] } } } }, header)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { status: { S: ['DONE', 'ERROR'] } } } }, element)).toBe(false);
  });

  it('treats a missing image as no match, and knows prefix and exists', () => {
    expect(matchesFilter({ dynamodb: { NewImage: { status: { S: ['DONE'] } } } }, { dynamodb: { Keys: {} } })).toBe(false);
    expect(matchesFilter({ dynamodb: { Keys: { item: { S: [{ prefix: 'ELEMENT#' }] } } } }, element)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { status: [{ exists: false }] } } }, element)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { status: [{ exists: true }] } } }, element)).toBe(false);
  });
});
