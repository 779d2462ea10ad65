/**
 * The WebSocket messages RaM pushes (documented in docs/realtime.md). Built from a stream record's
 * images only, so the notifier needs no extra reads.
 */

export type RealtimeType = 'TEST' | 'DOSE' | 'PROGRAM';

export interface RealtimeMessage {
  readonly type: RealtimeType;
  readonly op: 'upsert' | 'remove';
  readonly tankId: string;
  readonly item: {
    readonly id: string;
    readonly date?: string;
    readonly status?: string;
    readonly label: string;
    /** Tests: the ICP lab, and why a failed test failed (so the rail can offer to read it again). */
    readonly lab?: string;
    readonly failureKind?: string;
    /** Dose days: a planned dose on it was confirmed as given early (the day is not all planned). */
    readonly givenEarly?: true;
  };
}

export interface Addressed {
  /** The owner: the only user who may receive the message. */
  readonly userId: string;
  readonly message: RealtimeMessage;
}

export type StreamTable = 'test-history' | 'dose-history' | 'program-history';

type Image = Record<string, unknown>;

function owner(image: Image): { userId?: string; tankId?: string } {
  const [fromKeyUser, fromKeyTank] = String(image.user_id_tank_id ?? '').split('#');
  return {
    userId: (image.user_id as string | undefined) ?? (fromKeyUser || undefined),
    tankId: (image.tank_id as string | undefined) ?? (fromKeyTank || undefined),
  };
}

function testItem(image: Image): RealtimeMessage['item'] | undefined {
  if (image.item !== 'HEADER') return undefined; // element rows change with their header; one message per test
  const lab = image.lab as string | undefined;
  const failureKind = image.status === 'ERROR' ? (image.failure_kind as string | undefined) : undefined;
  return {
    id: String(image.test_id),
    date: image.test_date as string | undefined,
    status: image.status as string | undefined,
    label: lab ? `ICP ${lab}` : 'Manual test',
    ...(lab ? { lab } : {}),
    ...(failureKind ? { failureKind } : {}),
  };
}

function doseItem(image: Image): RealtimeMessage['item'] {
  const all = Object.values((image.entries as Record<string, Image | undefined> | undefined) ?? {});
  const entries = all.length;
  const givenEarly = all.some((e) => e?.confirmed_at !== undefined);
  return {
    id: String(image.dose_date),
    date: image.dose_date as string,
    label: `${entries} dose${entries === 1 ? '' : 's'}`,
    ...(givenEarly ? { givenEarly: true as const } : {}),
  };
}

function programItem(image: Image): RealtimeMessage['item'] {
  return {
    id: String(image.program_id),
    date: image.start_date as string | undefined,
    status: image.status as string | undefined,
    label: (image.name as string | undefined) ?? 'Dosing program',
  };
}

const TYPES: Record<StreamTable, { type: RealtimeType; item: (image: Image) => RealtimeMessage['item'] | undefined }> = {
  'test-history': { type: 'TEST', item: testItem },
  'dose-history': { type: 'DOSE', item: doseItem },
  'program-history': { type: 'PROGRAM', item: programItem },
};

/**
 * The message for one change, addressed to the record's owner, or undefined when the change is not
 * shown live (an element row, a record without an owner).
 *
 * @example messageFor('program-history', 'REMOVE', undefined, { program_id: 'p1', user_id: 'u1', tank_id: 't1' })
 * // { userId: 'u1', message: { type: 'PROGRAM', op: 'remove', tankId: 't1', item: { id: 'p1', … } } }
 */
export function messageFor(
  table: StreamTable,
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  newImage: Image | undefined,
  oldImage: Image | undefined,
): Addressed | undefined {
  const image = eventName === 'REMOVE' ? oldImage : newImage;
  if (!image) return undefined;
  const { userId, tankId } = owner(image);
  const item = TYPES[table].item(image);
  if (!userId || !tankId || !item) return undefined;
  return { userId, message: { type: TYPES[table].type, op: eventName === 'REMOVE' ? 'remove' : 'upsert', tankId, item } };
}

/** The logical table of a stream ARN such as `arn:…:table/dev-test-history/stream/…`. */
export function streamTableOf(eventSourceArn: string, env: string): StreamTable | undefined {
  const table = /:table\/([^/]+)\//.exec(eventSourceArn)?.[1];
  const logical = table?.startsWith(`${env}-`) ? table.slice(env.length + 1) : undefined;
  return logical === 'test-history' || logical === 'dose-history' || logical === 'program-history' ? logical : undefined;
}
