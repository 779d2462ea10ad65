import type { ExtractionProblem } from '../../domain/extraction';

/** What a keeper reads on a test that could not be processed, one sentence per problem. */
export function problemMessage(problems: readonly ExtractionProblem[]): string {
  const sentences = problems.map((p) => {
    switch (p.code) {
      case 'MISSING_ANALYSIS_NUMBER':
        return 'The report shows no analysis number.';
      case 'MISSING_SAMPLE_DATE':
        return 'The report shows no sample date.';
      case 'NO_ELEMENTS':
        return 'No element results were found in the report.';
      case 'DUPLICATE_ELEMENT':
        return `${p.displayName} appears more than once.`;
    }
  });
  return `${sentences.join(' ')} Nothing was evaluated; check the file is the lab's original report and upload it again.`;
}

export const UNRECOGNISED_LAYOUT_MESSAGE =
  'We could not recognise this report. RaM reads the original PDF reports of Oceamo, Triton, ATI and Fauna Marin.';
export const FILE_MISSING_MESSAGE = 'The uploaded file could not be found. Please upload it again.';
