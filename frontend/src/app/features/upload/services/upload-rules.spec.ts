import { fileProblem, sizeText } from './upload-rules';

describe('fileProblem', () => {
  it('accepts a PDF up to 10 MB, also when the system gave it no type', () => {
    expect(fileProblem({ name: 'Report.PDF', size: 10 * 1024 * 1024, type: '' })).toBeNull();
    expect(fileProblem({ name: 'r.pdf', size: 1, type: 'application/pdf' })).toBeNull();
  });

  it('refuses another type, even named .pdf, and a PDF without the .pdf name', () => {
    expect(fileProblem({ name: 'scan.pdf', size: 10, type: 'image/png' })).toMatch(/Not a PDF/);
    expect(fileProblem({ name: 'report', size: 10, type: 'application/pdf' })).toMatch(/Not a PDF/);
  });

  it('says how large a file over the limit is', () => {
    expect(fileProblem({ name: 'big.pdf', size: 10 * 1024 * 1024 + 1, type: '' })).toBe(
      '10.0 MB is over the 10 MB limit for one report.',
    );
  });
});

describe('sizeText', () => {
  it('writes bytes, kilobytes and megabytes', () => {
    expect([sizeText(900), sizeText(2_048), sizeText(2_400_000)]).toEqual([
      '900 B',
      '2 KB',
      '2.3 MB',
    ]);
  });
});
