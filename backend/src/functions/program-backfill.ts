import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { parseBackfillMessage } from '../modules/dosing/dosing-messages';
import { DosingDataModule } from '../modules/dosing/dosing-data.module';
import { ProgramBackfillService } from '../modules/dosing/program-backfill.service';
import { processSqsBatch } from '../shared/sqs-batch';
import { eventContext } from '../shared/event-context';

const context = eventContext(DosingDataModule);

/** `dose-generate-past-dose`: generates a saved program's past doses (a re-run writes nothing). */
export async function handler(event: SQSEvent, lambda?: Context): Promise<SQSBatchResponse> {
  const backfill = (await context()).get(ProgramBackfillService);
  return processSqsBatch(event, lambda, (record) => backfill.run(parseBackfillMessage(record.body)), {
    operation: 'generate-past-program-history',
  });
}
