import type { ConverseCommand, ConverseCommandInput, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';

type Reply = () => ConverseCommandOutput;

/**
 * The one stand-in for Bedrock in tests: answers Converse calls with queued replies, in order, and
 * records every request. A call with nothing queued fails, so a test cannot reach Bedrock by accident.
 *
 * @example
 * const bedrock = new FakeBedrockClient().replyWithJson({ elements: [] });
 * await sut.extract(input);
 * expect(bedrock.lastPrompt()).toContain('Oceamo');
 */
export class FakeBedrockClient {
  readonly requests: ConverseCommandInput[] = [];
  private readonly replies: Reply[] = [];

  /** Queues a text answer. */
  replyWith(
    text: string,
    options: { stopReason?: ConverseCommandOutput['stopReason']; inputTokens?: number; outputTokens?: number } = {},
  ): this {
    const { stopReason = 'end_turn', inputTokens = 1500, outputTokens = 900 } = options;
    this.replies.push(() => ({
      $metadata: { httpStatusCode: 200, requestId: `fake-${this.requests.length}` },
      output: { message: { role: 'assistant', content: [{ text }] } },
      stopReason,
      usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
      metrics: { latencyMs: 1 },
    }));
    return this;
  }

  /** Queues a JSON answer, wrapped in a code fence the way models often write it. */
  replyWithJson(value: unknown): this {
    return this.replyWith(`Here is the report:\n\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``);
  }

  /** Queues a failed call (throttling, access denied, …). */
  failWith(error: Error): this {
    this.replies.push(() => {
      throw error;
    });
    return this;
  }

  async send(command: ConverseCommand): Promise<ConverseCommandOutput> {
    this.requests.push(command.input);
    const reply = this.replies.shift();
    if (!reply) throw new Error('FakeBedrockClient: no reply queued for this call');
    return reply();
  }

  /** The text of the last user message sent. */
  lastPrompt(): string {
    const last = this.requests[this.requests.length - 1];
    const message = last?.messages?.[last.messages.length - 1];
    return (message?.content ?? []).map((block) => ('text' in block ? (block.text ?? '') : '')).join('');
  }
}
