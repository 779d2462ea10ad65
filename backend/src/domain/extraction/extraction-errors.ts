/** No parser knows the report's layout (an unknown lab, or a known lab's layout changed). */
export class UnrecognisedLayoutError extends Error {
  readonly code = 'UNRECOGNISED_LAYOUT';
  constructor(message = 'The report layout is not one RaM can read') {
    super(message);
    this.name = 'UnrecognisedLayoutError';
  }
}

/** The model's answer is not the JSON report the prompt asked for. */
export class ModelOutputError extends Error {
  readonly code = 'MODEL_OUTPUT_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ModelOutputError';
  }
}

/** The text is readable but is no element analysis (an invoice, a letter, a kit's manual). */
export class NotAnIcpReportError extends Error {
  readonly code = 'NOT_ICP_REPORT';
  constructor(message = 'The PDF is not an ICP-OES water analysis') {
    super(message);
    this.name = 'NotAnIcpReportError';
  }
}
