import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { DailyDoseScheduler } from './daily-dose-schedule.service';
import { DynamoDoseDayRepository, DoseDayRepository } from './dose-day.repository';
import { DoseRecorder } from './dose-recorder.service';
import { DoseWriter } from './dose-writer';
import { DosingQueues } from './dosing-queues';
import { ProgramBackfillService } from './program-backfill.service';
import { DynamoProgramRepository, ProgramRepository } from './program.repository';

const services = [DoseWriter, DosingQueues, DoseRecorder, ProgramBackfillService, DailyDoseScheduler];

/** Dose days, programs, the shared dose writer and the queues, without HTTP: for the event handlers. */
@Module({
  imports: [AccountDataModule],
  providers: [
    ...services,
    { provide: DoseDayRepository, useClass: DynamoDoseDayRepository },
    { provide: ProgramRepository, useClass: DynamoProgramRepository },
  ],
  exports: [...services, DoseDayRepository, ProgramRepository, AccountDataModule],
})
export class DosingDataModule {}
