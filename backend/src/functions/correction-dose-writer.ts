import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DoseRecorder } from '../modules/dosing/dose-recorder.service';
import { parseCorrectionDoseMessage } from '../modules/dosing/dosing-messages';
import { DosingDataModule } from '../modules/dosing/dosing-data.module';
import { processSqsBatch } from '../shared/sqs-batch';
import { eventContext } from '../shared/event-context';

const context = eventContext(DosingDataModule);

/** `icp-correction.fifo`: writes an ICP correction into dose history, one entry per day. */
export async function handler(event: SQSEvent, lambda?: Context): Promise<SQSBatchResponse> {
  const recorder = (await context()).get(DoseRecorder);
  return processSqsBatch(event, lambda, (record) => recorder.recordCorrection(parseCorrectionDoseMessage(record.body)), {
    operation: 'save-dose-history-sqs',
    fifo: true,
  });
}
