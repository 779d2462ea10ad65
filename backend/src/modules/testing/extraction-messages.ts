import type { ExtractionProblem } from '../../domain/extraction';

/** One sentence per problem, naming it: "The report shows no sample date." */
export function problemSentences(problems: readonly ExtractionProblem[]): string {
  const sentences = problems.map((p) => {
    switch (p.code) {
      case 'MISSING_ANALYSIS_NUMBER':
        return 'The report shows no analysis number.';
      case 'MISSING_SAMPLE_DATE':
        return 'The report shows no sample date.';
      case 'NO_ELEMENTS':
        return 'No element results were found in the report.';
      case 'DUPLICATE_ELEMENT':
        return p.printed
          ? `${p.displayName} is printed twice with different values (${p.printed.join(' and ')}).`
          : `${p.displayName} appears more than once.`;
    }
  });
  return sentences.join(' ');
}

/** What a keeper reads on a test that could not be processed, one sentence per problem. */
export function problemMessage(problems: readonly ExtractionProblem[]): string {
  return `${problemSentences(problems)} Nothing was evaluated; check the file is the lab's original report and upload it again.`;
}

/** A report RaM could not read: the upload is given back, and the keeper can retry or type the values. */
export function unreadableLayoutMessage(lab: string | undefined): string {
  const picked = lab ? ` (uploaded as ${lab.replace('_', ' ')})` : '';
  return `RaM could not find an element table it can read in this report${picked}. Your upload has been given back: retry with another lab, or type the values in by hand.`;
}

export const NOT_ICP_MESSAGE =
  'This PDF is not an ICP-OES water analysis: it lists no element results. Please upload the report your lab sent.';
export const FILE_MISSING_MESSAGE = 'The uploaded file could not be found. Please upload it again.';
