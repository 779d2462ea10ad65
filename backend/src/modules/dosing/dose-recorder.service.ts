import { Injectable } from '@nestjs/common';
import { correctionDosesByDate, programDoseEntry } from '../../domain/dosing';
import { Clock } from '../account/clock';
import type { CorrectionDoseMessage, DailyDoseMessage } from './dosing-messages';
import { DoseWriter, type WrittenDay, upsertEdits } from './dose-writer';

/** Queue consumers' way into dose history: due program doses and ICP corrections. */
@Injectable()
export class DoseRecorder {
  constructor(
    private readonly writer: DoseWriter,
    private readonly clock: Clock,
  ) {}

  /** One entry per program, element and date (`program#<programId>#<elementId>`). */
  recordDailyDose(message: DailyDoseMessage): Promise<WrittenDay[]> {
    const now = this.clock.now();
    const entry = programDoseEntry(message.programId, message, now.toISOString());
    return this.writer.apply(message, upsertEdits(new Map([[message.date, [entry]]])), now);
  }

  /** One entry per day of the correction (`icp#<testId>#<elementId>#<dayIndex>`). */
  recordCorrection(message: CorrectionDoseMessage): Promise<WrittenDay[]> {
    const now = this.clock.now();
    return this.writer.apply(message, upsertEdits(correctionDosesByDate(message, now.toISOString())), now);
  }
}
