import { Injectable } from '@nestjs/common';
import { type DoseEntries, backfillWindow, datesBetween, localDateOf, programSyncChange } from '../../domain/dosing';
import { logger } from '../../shared/observability';
import { Clock } from '../account/clock';
import { TankRepository } from '../account/repositories/tank.repository';
import type { BackfillMessage } from './dosing-messages';
import { DoseWriter } from './dose-writer';
import { ProgramRepository } from './program.repository';
import { tankKey } from './tank-ref';

export interface BackfillResult {
  /** Dates whose records changed; 0 on a re-run. */
  readonly daysWritten: number;
  readonly daysChecked: number;
}

/**
 * Generates a saved program's past doses: every due weekday from its start to the earlier of its
 * end and the tank's today, at most 366 days back. Each date is brought in line with the program
 * through the shared writer, so a re-run finds nothing to write.
 */
@Injectable()
export class ProgramBackfillService {
  constructor(
    private readonly programs: ProgramRepository,
    private readonly tanks: TankRepository,
    private readonly writer: DoseWriter,
    private readonly clock: Clock,
  ) {}

  async run(message: BackfillMessage): Promise<BackfillResult> {
    const tank = { userId: message.userId, tankId: message.tankId };
    const [program, tankRecord] = await Promise.all([this.programs.get(message.programId), this.tanks.get(message.userId, message.tankId)]);
    if (!program || !tankRecord || tankKey(program) !== tankKey(tank)) {
      logger.warn('Backfill skipped: the program or its tank is gone', { ...message });
      return { daysWritten: 0, daysChecked: 0 };
    }
    const now = this.clock.now();
    const today = localDateOf(now, tankRecord.timezone);
    const window = backfillWindow(today);
    const recordedAt = now.toISOString();
    const edits = new Map(
      datesBetween(window.from, window.to).map((date) => [
        date,
        (entries: DoseEntries) => programSyncChange(program, date, today, entries, recordedAt, message.replaces),
      ]),
    );
    const written = await this.writer.apply(tank, edits, now);
    const result = { daysWritten: written.filter((d) => d.changed).length, daysChecked: written.length };
    logger.info('Program backfill done', { programId: program.programId, ...result });
    return result;
  }
}
