import { labLabel } from '../tanks/tank-options';
import { TestKind } from './test-result';

/** The address of the ICP test page: the upload dialog, the rail, dose days and reviews link there. */
export const icpTestPath = (testId: string): string =>
  `/app/tests/icp/${encodeURIComponent(testId)}`;

/**
 * The page that shows a test: the ICP page, or the manual-test page.
 *
 * @example testPath('MANUAL', 'manual-9'); // '/app/tests/manual/manual-9'
 */
export function testPath(kind: TestKind, testId: string): string {
  return kind === 'ICP' ? icpTestPath(testId) : `/app/tests/manual/${encodeURIComponent(testId)}`;
}

/** A test's kind in words: `ICP test` or `Manual test`. */
export const testKindLabel = (kind: TestKind): string =>
  kind === 'ICP' ? 'ICP test' : 'Manual test';

/**
 * A test's stored label as a keeper reads it: the lab code of an ICP test in its own spelling.
 *
 * @example testLabelText('ICP OCEAMO'); // 'ICP Oceamo'
 * @example testLabelText('Manual test'); // 'Manual test'
 */
export function testLabelText(label: string): string {
  return label.replace(/^ICP ([A-Z][A-Z_]*)$/, (whole, code: string) =>
    labLabel(code) === code ? whole : `ICP ${labLabel(code)}`,
  );
}
