import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DoseRecorder } from '../modules/dosing/dose-recorder.service';
import { parseDailyDoseMessage } from '../modules/dosing/dosing-messages';
import { DosingDataModule } from '../modules/dosing/dosing-data.module';
import { processSqsBatch } from '../shared/sqs-batch';
import { eventContext } from '../shared/event-context';

const context = eventContext(DosingDataModule);

/** `dose-save-daily-dose`: writes each due program dose once, with the tank aggregates. */
export async function handler(event: SQSEvent, lambda?: Context): Promise<SQSBatchResponse> {
  const recorder = (await context()).get(DoseRecorder);
  return processSqsBatch(event, lambda, (record) => recorder.recordDailyDose(parseDailyDoseMessage(record.body)), {
    operation: 'dose-save-daily-dose',
  });
}
