import { ConverseCommand, type ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import {
  asIcpLab,
  canonicaliseModelReport,
  defaultReference,
  detectLab,
  groundInText,
  ModelOutputError,
  parseModelReply,
  UnrecognisedLayoutError,
  type ExtractedReport,
  type ExtractionInput,
  type ExtractionReference,
  type IcpExtractor,
} from '../../domain/extraction';
import { DEFAULT_ICP_EXTRACTION_PROMPT, renderIcpPrompt } from './icp-extraction-prompt';

/** The one Bedrock runtime call the extractor makes; a BedrockRuntimeClient satisfies it. */
export interface ConverseClient {
  send(command: ConverseCommand): Promise<ConverseCommandOutput>;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface BedrockIcpExtractorOptions {
  readonly client: ConverseClient;
  readonly modelId: string;
  /** From app-config (`bedrock_prompt_icp_extraction`); the default when absent. */
  readonly promptTemplate?: string;
  readonly maxTokens?: number;
  readonly reference?: ExtractionReference;
  /** Called with the tokens of each call, for per-PDF cost attribution. */
  readonly onUsage?: (usage: TokenUsage) => void;
}

/**
 * Extracts a report with a Bedrock model through the Converse API, for layouts no parser knows.
 * The model's JSON is checked and mapped through the same canon as the parsers; then the analysis
 * number, sample date, tank measurements and RO/Osmose rows are taken from the PDF text itself.
 */
export class BedrockIcpExtractor implements IcpExtractor {
  private readonly reference: ExtractionReference;

  constructor(private readonly options: BedrockIcpExtractorOptions) {
    this.reference = options.reference ?? defaultReference();
  }

  async extract(input: ExtractionInput): Promise<ExtractedReport> {
    const lab = detectLab(input.text) ?? asIcpLab(input.labHint);
    if (!lab) throw new UnrecognisedLayoutError('Neither the report nor the upload names a lab RaM knows');
    const panel = this.reference.panels.find((p) => p.panel === lab)?.elements ?? [];
    const prompt = renderIcpPrompt(this.options.promptTemplate ?? DEFAULT_ICP_EXTRACTION_PROMPT, { lab, panel, text: input.text });
    const reply = await this.ask(prompt);
    const report = canonicaliseModelReport(parseModelReply(reply), lab, this.reference);
    return groundInText(report, input.text, this.reference);
  }

  private async ask(prompt: string): Promise<string> {
    const response = await this.options.client.send(
      new ConverseCommand({
        modelId: this.options.modelId,
        messages: [{ role: 'user', content: [{ text: prompt }] }],
        inferenceConfig: { maxTokens: this.options.maxTokens ?? 8000, temperature: 0 },
      }),
    );
    const { inputTokens = 0, outputTokens = 0 } = response.usage ?? {};
    this.options.onUsage?.({ inputTokens, outputTokens });
    if (response.stopReason === 'max_tokens') throw new ModelOutputError('The model ran out of tokens before finishing the report');
    const text = (response.output?.message?.content ?? []).map((block) => block.text ?? '').join('');
    if (!text.trim()) throw new ModelOutputError('The model returned no text');
    return text;
  }
}
