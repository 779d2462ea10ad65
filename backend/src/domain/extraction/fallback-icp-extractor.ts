import { UnrecognisedLayoutError } from './extraction-errors';
import type { ExtractedReport, ExtractionInput, IcpExtractor } from './extraction-types';

/**
 * Tries the primary extractor and hands the input to the fallback only when the primary does not
 * recognise the layout; every other failure (including the fallback's) reaches the caller.
 *
 * @example new FallbackIcpExtractor(new DeterministicIcpExtractor(), bedrockExtractor).extract({ text, labHint })
 */
export class FallbackIcpExtractor implements IcpExtractor {
  constructor(
    private readonly primary: IcpExtractor,
    private readonly fallback: IcpExtractor,
  ) {}

  async extract(input: ExtractionInput): Promise<ExtractedReport> {
    try {
      return await this.primary.extract(input);
    } catch (error) {
      if (!(error instanceof UnrecognisedLayoutError)) throw error;
      return this.fallback.extract(input);
    }
  }
}
