import { Injectable } from '@nestjs/common';
import { type DosingProgram, dueEntries, localDateOf } from '../../domain/dosing';
import { logger } from '../../shared/observability';
import type { TankRecord } from '../account/account.types';
import { TankRepository } from '../account/repositories/tank.repository';
import type { DailyDoseMessage } from './dosing-messages';
import { DosingQueues } from './dosing-queues';
import { ProgramRepository } from './program.repository';
import { tankKey } from './tank-ref';

export interface ScheduleResult {
  readonly programs: number;
  readonly queued: number;
}

/**
 * The nightly schedule: reads the active programs through the status index, works out each tank's
 * local date at the moment the rule fired (01:00 UTC is still yesterday in Honolulu), and queues one
 * message per element due on that date's weekday.
 */
@Injectable()
export class DailyDoseScheduler {
  constructor(
    private readonly programs: ProgramRepository,
    private readonly tanks: TankRepository,
    private readonly queues: DosingQueues,
  ) {}

  async run(firedAt: Date): Promise<ScheduleResult> {
    const tanks = new Map<string, Promise<TankRecord | undefined>>();
    let programs = 0;
    let queued = 0;
    for await (const page of this.programs.activePages()) {
      const messages: DailyDoseMessage[] = [];
      for (const program of page) {
        const key = tankKey(program);
        if (!tanks.has(key)) tanks.set(key, this.tanks.get(program.userId, program.tankId));
        const tank = await tanks.get(key);
        programs += 1;
        if (tank) messages.push(...this.dueMessages(program, tank, firedAt));
      }
      await this.queues.sendDailyDoses(messages);
      queued += messages.length;
    }
    logger.info('Daily doses queued', { firedAt: firedAt.toISOString(), programs, queued });
    return { programs, queued };
  }

  private dueMessages(program: DosingProgram, tank: TankRecord, firedAt: Date): DailyDoseMessage[] {
    const date = localDateOf(firedAt, tank.timezone);
    return dueEntries(program, date, firedAt.toISOString()).map((e) => ({
      userId: program.userId,
      tankId: program.tankId,
      programId: program.programId,
      elementId: e.elementId,
      amount: e.amount,
      unit: e.unit,
      date,
    }));
  }
}
