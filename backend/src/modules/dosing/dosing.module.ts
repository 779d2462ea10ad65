import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { DoseReferenceModule } from '../reference/reference.module';
import { DailyDoseScheduler } from './daily-dose-schedule.service';
import { DoseCatalogGuard } from './dose-catalog.guard';
import { DynamoDoseDayRepository, DoseDayRepository } from './dose-day.repository';
import { DoseHistoryController } from './dose-history.controller';
import { DoseHistoryService } from './dose-history.service';
import { DoseRecorder } from './dose-recorder.service';
import { DoseWriter } from './dose-writer';
import { DosingQueues } from './dosing-queues';
import { DraftActivationListener, NoopDraftActivationListener } from './draft-activation.listener';
import { ProgramBackfillService } from './program-backfill.service';
import { ProgramHistoryController } from './program-history.controller';
import { ProgramHistoryService } from './program-history.service';
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

/** `POST /dose/history*` and `/program/history*` (dosing-api). */
@Module({
  imports: [DosingDataModule, DoseReferenceModule],
  controllers: [DoseHistoryController, ProgramHistoryController],
  providers: [
    DoseCatalogGuard,
    DoseHistoryService,
    ProgramHistoryService,
    { provide: DraftActivationListener, useClass: NoopDraftActivationListener },
  ],
})
export class DosingModule {}
