export { AlertPreferencesModule, AlertSendersModule } from './alerts.module';
export { AlertNotifierService, finishedHeader, readingsOf } from './alert-notifier.service';
export { WeeklySummaryService } from './weekly-summary.service';
