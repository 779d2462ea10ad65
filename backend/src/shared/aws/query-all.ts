import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients';

type Item = Record<string, unknown>;

/**
 * Every item a query matches, page after page; with `maxItems`, stops once that many are read
 * (a bound for user-facing reads). A Query, never a Scan.
 */
export async function queryAll(input: QueryCommandInput, maxItems = Infinity): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await dynamo().send(new QueryCommand({ ...input, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey && items.length < maxItems);
  return items.slice(0, maxItems);
}
