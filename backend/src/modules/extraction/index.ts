export type { PdfText } from './extract-pdf-text';
export { extractPdfText } from './extract-pdf-text';
export type { PdfReadErrorCode } from './pdf-errors';
export { PdfEmptyError, PdfEncryptedError, PdfImageOnlyError, PdfReadError, PdfUnreadableError } from './pdf-errors';
export type { BedrockIcpExtractorOptions, ConverseClient, TokenUsage } from './bedrock-icp-extractor';
export { BedrockIcpExtractor } from './bedrock-icp-extractor';
export { DEFAULT_ICP_EXTRACTION_PROMPT, ICP_EXTRACTION_PROMPT_KEY, renderIcpPrompt } from './icp-extraction-prompt';
