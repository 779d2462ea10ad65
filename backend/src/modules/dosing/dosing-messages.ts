import { type IsoDate, MAX_DOSE_DAYS, type ReplacedProgram, isIsoDate } from '../../domain/dosing';

/**
 * Bodies of the dosing queues. Producers build them from these types; consumers parse them with the
 * functions below, which reject anything malformed (the message then retries and lands in the DLQ).
 */

/** `dose-generate-past-dose`: generate (or correct) a saved program's past doses. */
export interface BackfillMessage {
  readonly userId: string;
  readonly tankId: string;
  readonly programId: string;
  /** The active program this one took over from; its doses after `after` are removed. */
  readonly replaces?: ReplacedProgram;
}

/** `dose-save-daily-dose`: one program element due on a tank's local date. */
export interface DailyDoseMessage {
  readonly userId: string;
  readonly tankId: string;
  readonly programId: string;
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  /** The tank's local date the dose is due on. */
  readonly date: IsoDate;
}

/**
 * `icp-correction.fifo`: an ICP correction to write into dose history, one entry per day from
 * `startDate`, each with the id `icp#<testId>#<elementId>#<dayIndex>`. Send it with
 * `MessageGroupId` = `<userId>#<tankId>` and a deduplication id such as `<testId>#<elementId>`.
 * A repeated message writes nothing new.
 *
 * @example
 * const message: CorrectionDoseMessage = {
 *   userId: 'a1b2…', tankId: 't-1', testId: 'icp-2025-03-01-…', elementId: 'iodine',
 *   amount: 1.5, unit: 'ml', days: 3, startDate: '2025-03-02',
 * };
 */
export interface CorrectionDoseMessage {
  readonly userId: string;
  readonly tankId: string;
  readonly testId: string;
  /** An element of the tank's dose catalog. */
  readonly elementId: string;
  /** Per day, zero or more. */
  readonly amount: number;
  readonly unit: string;
  /** Consecutive days, 1 to 90. */
  readonly days: number;
  /** The tank's local date of the first day. */
  readonly startDate: IsoDate;
}

export class MalformedMessageError extends Error {
  constructor(queue: string, problem: string) {
    super(`Malformed ${queue} message: ${problem}`);
    this.name = 'MalformedMessageError';
  }
}

type Json = Record<string, unknown>;

function parse(queue: string, body: string): Json {
  try {
    const value = JSON.parse(body) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  } catch {
    // reported below
  }
  throw new MalformedMessageError(queue, 'the body is not a JSON object');
}

function check(queue: string, body: Json, checks: Record<string, (v: unknown) => boolean>): void {
  const bad = Object.entries(checks).filter(([field, ok]) => !ok(body[field]));
  if (bad.length > 0) throw new MalformedMessageError(queue, `bad or missing ${bad.map(([f]) => f).join(', ')}`);
}

const text = (v: unknown) => typeof v === 'string' && v.length > 0;
const amount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const owner = { userId: text, tankId: text };

export function parseBackfillMessage(body: string): BackfillMessage {
  const json = parse('dose-generate-past-dose', body);
  check('dose-generate-past-dose', json, {
    ...owner,
    programId: text,
    replaces: (v) =>
      v === undefined || (typeof v === 'object' && v !== null && text((v as Json).programId) && isIsoDate((v as Json).after)),
  });
  return json as unknown as BackfillMessage;
}

export function parseDailyDoseMessage(body: string): DailyDoseMessage {
  const json = parse('dose-save-daily-dose', body);
  check('dose-save-daily-dose', json, { ...owner, programId: text, elementId: text, amount, unit: text, date: isIsoDate });
  return json as unknown as DailyDoseMessage;
}

export function parseCorrectionDoseMessage(body: string): CorrectionDoseMessage {
  const json = parse('icp-correction.fifo', body);
  check('icp-correction.fifo', json, {
    ...owner,
    testId: text,
    elementId: text,
    amount,
    unit: text,
    days: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_DOSE_DAYS,
    startDate: isIsoDate,
  });
  return json as unknown as CorrectionDoseMessage;
}
