/** Why a PDF could not be read; the message is fit to show the keeper on the test card. */
export type PdfReadErrorCode = 'PDF_EMPTY' | 'PDF_ENCRYPTED' | 'PDF_UNREADABLE' | 'PDF_IMAGE_ONLY';

export abstract class PdfReadError extends Error {
  abstract readonly code: PdfReadErrorCode;
}

/** The uploaded file has no bytes at all. */
export class PdfEmptyError extends PdfReadError {
  readonly code = 'PDF_EMPTY';
  constructor() {
    super('The uploaded file is empty. Please upload the PDF report from your lab again.');
    this.name = 'PdfEmptyError';
  }
}

/** The PDF is password-protected, so its text cannot be read. */
export class PdfEncryptedError extends PdfReadError {
  readonly code = 'PDF_ENCRYPTED';
  constructor() {
    super('The PDF is password-protected. Please upload the report without a password.');
    this.name = 'PdfEncryptedError';
  }
}

/** Not a PDF (an image renamed .pdf), or a damaged or truncated one. */
export class PdfUnreadableError extends PdfReadError {
  readonly code = 'PDF_UNREADABLE';
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`The file could not be read as a PDF (${reason}). Please upload the original PDF report from your lab.`, options);
    this.name = 'PdfUnreadableError';
  }
}

/** A scan: the pages are pictures with no text layer, so there is nothing to read. */
export class PdfImageOnlyError extends PdfReadError {
  readonly code = 'PDF_IMAGE_ONLY';
  constructor() {
    super(
      'The PDF is a scanned image without text, so RaM cannot read its values. Please upload the PDF your lab sent, or type the values in by hand.',
    );
    this.name = 'PdfImageOnlyError';
  }
}
