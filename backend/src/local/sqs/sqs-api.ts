import type { IncomingMessage, ServerResponse } from 'node:http';
import { QueueInputError } from './local-queue';
import type { QueueEngine } from './queue-engine';

type Json = Record<string, unknown>;

/**
 * The slice of the SQS JSON protocol the application uses (SendMessage, SendMessageBatch,
 * GetQueueUrl, GetQueueAttributes, ReceiveMessage, DeleteMessage, PurgeQueue), so producers keep
 * using the real `@aws-sdk/client-sqs` against the local queues.
 */
export class SqsApi {
  constructor(
    private readonly engine: QueueEngine,
    private readonly baseUrl: () => string,
  ) {}

  queueUrl(name: string): string {
    return `${this.baseUrl()}/000000000000/${name}`;
  }

  static isSqsRequest(req: IncomingMessage): boolean {
    const target = req.headers['x-amz-target'];
    return typeof target === 'string' && target.startsWith('AmazonSQS.');
  }

  async handle(req: IncomingMessage, body: string, res: ServerResponse): Promise<void> {
    const action = String(req.headers['x-amz-target']).slice('AmazonSQS.'.length);
    let input: Json;
    try {
      input = body ? (JSON.parse(body) as Json) : {};
    } catch {
      return this.error(res, 'InvalidParameterValue', 'Malformed JSON');
    }
    try {
      this.reply(res, this.dispatch(action, input));
    } catch (error) {
      if (error instanceof QueueInputError) return this.error(res, error.awsCode, error.message);
      throw error;
    }
  }

  private dispatch(action: string, input: Json): Json {
    switch (action) {
      case 'GetQueueUrl':
        this.queueNamed(String(input.QueueName));
        return { QueueUrl: this.queueUrl(String(input.QueueName)) };
      case 'SendMessage': {
        const sent = this.queueAt(input.QueueUrl).send({
          body: String(input.MessageBody ?? ''),
          groupId: input.MessageGroupId as string | undefined,
          deduplicationId: input.MessageDeduplicationId as string | undefined,
          delaySeconds: input.DelaySeconds as number | undefined,
        });
        this.engine.pump();
        return { MessageId: sent.messageId, MD5OfMessageBody: sent.md5OfBody, SequenceNumber: sent.sequenceNumber };
      }
      case 'SendMessageBatch': {
        const queue = this.queueAt(input.QueueUrl);
        const entries = (input.Entries as Json[] | undefined) ?? [];
        if (entries.length === 0 || entries.length > 10)
          throw new QueueInputError('TooManyEntriesInBatchRequest', 'A batch holds 1 to 10 entries');
        const Successful = entries.map((e) => {
          const sent = queue.send({
            body: String(e.MessageBody ?? ''),
            groupId: e.MessageGroupId as string | undefined,
            deduplicationId: e.MessageDeduplicationId as string | undefined,
            delaySeconds: e.DelaySeconds as number | undefined,
          });
          return { Id: e.Id, MessageId: sent.messageId, MD5OfMessageBody: sent.md5OfBody, SequenceNumber: sent.sequenceNumber };
        });
        this.engine.pump();
        return { Successful, Failed: [] };
      }
      case 'GetQueueAttributes': {
        const queue = this.queueAt(input.QueueUrl);
        const counts = queue.counts();
        return {
          Attributes: {
            ApproximateNumberOfMessages: String(counts.visible),
            ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
            QueueArn: queue.arn,
            FifoQueue: String(queue.options.fifo),
          },
        };
      }
      case 'ReceiveMessage': {
        const records = this.queueAt(input.QueueUrl).receive(Number(input.MaxNumberOfMessages ?? 1));
        return {
          Messages: records.map((r) => ({
            MessageId: r.messageId,
            ReceiptHandle: r.receiptHandle,
            Body: r.body,
            MD5OfBody: r.md5OfBody,
            Attributes: r.attributes,
          })),
        };
      }
      case 'DeleteMessage':
        this.queueAt(input.QueueUrl).delete(String(input.ReceiptHandle));
        return {};
      case 'PurgeQueue':
        this.queueAt(input.QueueUrl).purge();
        return {};
      default:
        throw new QueueInputError('UnsupportedOperation', `${action} is not supported by the local queues`);
    }
  }

  private queueNamed(name: string) {
    const queue = this.engine.queue(name);
    if (!queue) throw new QueueInputError('QueueDoesNotExist', `The specified queue ${name} does not exist.`);
    return queue;
  }

  private queueAt(url: unknown) {
    return this.queueNamed(
      String(url ?? '')
        .split('/')
        .pop() ?? '',
    );
  }

  private reply(res: ServerResponse, body: Json): void {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
    res.end(JSON.stringify(body));
  }

  private error(res: ServerResponse, code: string, message: string): void {
    res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': `AWS.SimpleQueueService.${code};Sender` });
    res.end(JSON.stringify({ __type: `com.amazonaws.sqs#${code}`, message }));
  }
}
