import { Module } from '@nestjs/common';
import { mailSender } from '../../shared/mail/mail-sender';
import { AccountDataModule } from '../account/account-data.module';
import { AlertDeliveryRepository } from './alert-delivery.repository';
import { AlertMailer, AlertNotifierService } from './alert-notifier.service';
import { AlertPreferenceRepository } from './alert-preference.repository';
import { AlertPreferencesController } from './alert-preferences.controller';
import { AlertPreferencesService } from './alert-preferences.service';
import { WeeklySummaryService } from './weekly-summary.service';

/** Alert preferences (`POST /user/alerts` on account-api), without the senders. */
@Module({
  imports: [AccountDataModule],
  controllers: [AlertPreferencesController],
  providers: [AlertPreferenceRepository, AlertPreferencesService],
})
export class AlertPreferencesModule {}

/** The alert senders for the event functions: test-history stream and the weekly schedule. */
@Module({
  imports: [AccountDataModule],
  providers: [
    AlertPreferenceRepository,
    AlertDeliveryRepository,
    AlertNotifierService,
    WeeklySummaryService,
    { provide: AlertMailer, useFactory: () => mailSender() },
  ],
  exports: [AlertNotifierService, WeeklySummaryService],
})
export class AlertSendersModule {}
