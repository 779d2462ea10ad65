import type { S3Event } from 'aws-lambda';
import { ConversionModule } from '../modules/testing/conversion.module';
import { UploadConversionService } from '../modules/testing/upload-conversion.service';
import { eventContext } from '../shared/event-context';

const context = eventContext(ConversionModule);

/** S3 object-created on the upload bucket. Throws only for failures worth an event-source retry. */
export async function handler(event: S3Event): Promise<void> {
  const service = (await context()).get(UploadConversionService);
  for (const record of event.Records) await service.convert(record);
}
