import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import type { TableName } from '../../catalogue';

export interface TestElementRow {
  readonly panel: string;
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly symbol?: string;
  readonly category: string;
  readonly unit: string;
  readonly source: 'tank' | 'rodi';
  readonly validationRequired: boolean;
  readonly displayOrder: number;
  /** Other units a keeper may enter the reading in (manual tests). */
  readonly alternateUnits?: readonly string[];
}

export interface DoseElementRow {
  readonly method: string;
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
  readonly strength?: unknown;
  /** The method's own order of its products (the dose picker sorts by name). */
  readonly displayOrder?: number;
}

/** Reads one partition (a lab panel or a dosing method) of a reference table, without retired rows. */
async function activePartition(table: TableName, key: string, value: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(table),
        KeyConditionExpression: '#k = :v',
        FilterExpression: 'retired <> :true',
        ExpressionAttributeNames: { '#k': key },
        ExpressionAttributeValues: { ':v': value, ':true': true },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The seeded reference catalogues, read per partition key (never scanned on a request). */
@Injectable()
export class ReferenceCatalogRepository {
  async panel(panel: string): Promise<TestElementRow[]> {
    const items = await activePartition('test-element', 'panel', panel);
    return items
      .map((i) => ({
        panel: i.panel as string,
        elementId: i.element_id as string,
        name: i.name as string,
        canonical: i.canonical as string,
        symbol: i.symbol as string | undefined,
        category: i.category as string,
        unit: i.unit as string,
        source: i.source as 'tank' | 'rodi',
        validationRequired: i.validation_required === true,
        displayOrder: Number(i.display_order ?? 0),
        ...(Array.isArray(i.alternate_units) && i.alternate_units.length > 0 ? { alternateUnits: i.alternate_units as string[] } : {}),
      }))
      .sort((a, b) => a.displayOrder - b.displayOrder);
  }

  async doseCatalog(method: string): Promise<DoseElementRow[]> {
    const items = await activePartition('dose-element', 'method', method);
    return items
      .map((i) => ({
        method: i.method as string,
        elementId: i.element_id as string,
        name: i.name as string,
        canonical: i.canonical as string,
        unit: i.unit as string,
        strength: i.strength,
        ...(typeof i.display_order === 'number' ? { displayOrder: i.display_order } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
