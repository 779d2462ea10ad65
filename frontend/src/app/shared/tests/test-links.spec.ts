import { icpTestPath, testKindLabel, testLabelText, testPath } from './test-links';

describe('test links', () => {
  it('sends ICP and manual tests to their own pages', () => {
    expect(testPath('ICP', 'icp-1')).toBe('/app/tests/icp/icp-1');
    expect(testPath('MANUAL', 'manual-9')).toBe('/app/tests/manual/manual-9');
    expect(icpTestPath('icp 1')).toBe('/app/tests/icp/icp%201');
  });

  it('names the kind of test', () => {
    expect(testKindLabel('ICP')).toBe('ICP test');
    expect(testKindLabel('MANUAL')).toBe('Manual test');
  });

  it('writes an ICP test’s lab as the lab spells itself, and leaves other labels alone', () => {
    expect(testLabelText('ICP OCEAMO')).toBe('ICP Oceamo');
    expect(testLabelText('ICP NOT_A_LAB')).toBe('ICP NOT_A_LAB');
    expect(testLabelText('Manual test')).toBe('Manual test');
  });
});
