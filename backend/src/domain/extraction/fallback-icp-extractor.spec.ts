import { anExtractedReport } from './extraction.factory';
import { UnrecognisedLayoutError } from './extraction-errors';
import type { IcpExtractor } from './extraction-types';
import { FallbackIcpExtractor } from './fallback-icp-extractor';

const failing = (error: Error): IcpExtractor => ({ extract: () => Promise.reject(error) });
const answering = (lab: 'OCEAMO' | 'TRITON'): IcpExtractor & { calls: number } => {
  const extractor = { calls: 0, extract: async () => (extractor.calls++, anExtractedReport({ lab })) };
  return extractor;
};

describe('FallbackIcpExtractor', () => {
  it('uses the primary answer and never calls the fallback when the layout is known', async () => {
    const fallback = answering('TRITON');
    const sut = new FallbackIcpExtractor(answering('OCEAMO'), fallback);
    await expect(sut.extract({ text: '' })).resolves.toMatchObject({ lab: 'OCEAMO' });
    expect(fallback.calls).toBe(0);
  });

  it('hands an unrecognised layout to the fallback', async () => {
    const sut = new FallbackIcpExtractor(failing(new UnrecognisedLayoutError()), answering('TRITON'));
    await expect(sut.extract({ text: '' })).resolves.toMatchObject({ lab: 'TRITON' });
  });

  it('lets every other failure through without trying the fallback', async () => {
    const fallback = answering('TRITON');
    const sut = new FallbackIcpExtractor(failing(new RangeError('boom')), fallback);
    await expect(sut.extract({ text: '' })).rejects.toThrow('boom');
    expect(fallback.calls).toBe(0);
  });
});
