import { SQSClient } from '@aws-sdk/client-sqs';
import { runtimeConfig } from '../config';
import { onClientReset } from './clients';

let sqs: SQSClient | undefined;
onClientReset(() => (sqs = undefined));

export function sqsClient(): SQSClient {
  sqs ??= new SQSClient({ region: runtimeConfig().region });
  return sqs;
}
