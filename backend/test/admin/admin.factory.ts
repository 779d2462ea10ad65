import { randomUUID } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { toHeaderItem } from '../../src/modules/testing/repositories/test-history.repository';
import { documents } from '../drafts/drafts.factory';
import type { SignedInUser } from '../support/test-runtime';

export const ADMIN = { email: 'admin@reefamatic.test', password: 'AdminPass-1' };

/** The bootstrap admin, signed in through the runtime's identity endpoints. */
export async function signInAdmin(runtime: LocalRuntime): Promise<SignedInUser> {
  const signIn = await fetch(`${runtime.url}/auth/sign-in`, { method: 'POST', body: JSON.stringify(ADMIN) });
  const { idToken } = (await signIn.json()) as { idToken: string };
  return { email: ADMIN.email, userId: '', idToken };
}

async function withDocuments<T>(runtime: LocalRuntime, work: (doc: ReturnType<typeof documents>) => Promise<T>): Promise<T> {
  const doc = documents(runtime);
  try {
    return await work(doc);
  } finally {
    doc.destroy();
  }
}

/** Makes the keeper a live Basic subscriber whose last ICP upload was `minutesAgo` minutes ago. */
export function basicSubscriberWithUpload(runtime: LocalRuntime, userId: string, minutesAgo: number): Promise<unknown> {
  return withDocuments(runtime, (doc) =>
    doc.send(
      new UpdateCommand({
        TableName: `${runtime.env}-user`,
        Key: { user_id: userId },
        UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t, icp_uploads_total = :n, last_icp_upload_at = :at',
        ExpressionAttributeValues: {
          ':s': 'active',
          ':t': 'BASIC',
          ':n': 1,
          ':at': new Date(Date.now() - minutesAgo * 60_000).toISOString(),
        },
      }),
    ),
  );
}

export interface SeededReading {
  readonly elementId: string;
  readonly canonical: string;
  readonly value: number;
  readonly unit: string;
  readonly range: { low: number; high: number; target?: number };
}

/**
 * A finished ICP test as upload-convert and icp-evaluate leave it: the header (the testing
 * module's own mapper) and evaluated element rows.
 */
export function finishedIcpTest(
  runtime: LocalRuntime,
  owner: { userId: string; tankId: string },
  testDate: string,
  readings: readonly SeededReading[],
  testId = `icp-${randomUUID()}`,
): Promise<string> {
  const now = new Date().toISOString();
  return withDocuments(runtime, async (doc) => {
    await doc.send(
      new PutCommand({
        TableName: `${runtime.env}-test-history`,
        Item: toHeaderItem({
          testId,
          userId: owner.userId,
          tankId: owner.tankId,
          kind: 'ICP',
          lab: 'OCEAMO',
          status: 'DONE',
          testDate,
          fileName: 'report.pdf',
          expectedElements: readings.length,
          evaluatedElements: readings.length,
          createdAt: now,
          updatedAt: now,
        }),
      }),
    );
    for (const r of readings) {
      await doc.send(
        new PutCommand({
          TableName: `${runtime.env}-test-history`,
          Item: {
            test_id: testId,
            item: `ELEMENT#${r.elementId}`,
            element_id: r.elementId,
            canonical: r.canonical,
            value: r.value,
            unit: r.unit,
            target_range: r.range,
            eval_status: 'OK',
            evaluated_at: now,
            created_at: now,
          },
        }),
      );
    }
    return testId;
  });
}
