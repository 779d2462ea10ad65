import { encryptedPdf } from './encrypted-pdf';
import { generateIcpFixture, IcpFixture } from './generate-icp-fixture';
import type { FixtureLayout } from './lab-styles';

/** Reports a keeper might upload that RaM must refuse, each with its own typed failure. */
export const BROKEN_FIXTURES = [
  'no-analysis-number',
  'no-sample-date',
  'duplicate-element',
  'unknown-layout',
  'encrypted',
  'truncated',
  'png-renamed',
  'empty',
] as const;
export type BrokenFixture = (typeof BROKEN_FIXTURES)[number];

export interface BrokenIcpFixture {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** For the fixtures that are still readable PDFs: what extraction reads from them. */
  readonly expected?: IcpFixture['expected'];
}

// A 1×1 transparent PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/**
 * A broken upload: a report missing its analysis number or sample date, one that prints an element
 * twice, one from a lab no parser knows (the Triton panel in another layout), a password-protected
 * PDF, a truncated PDF, a PNG named .pdf, and an empty file.
 *
 * @example const { bytes } = await generateBrokenIcpFixture('encrypted');
 */
export async function generateBrokenIcpFixture(kind: BrokenFixture, lab: FixtureLayout = 'OCEAMO'): Promise<BrokenIcpFixture> {
  const fileName = `${kind}.pdf`;
  const readable = async (layout: FixtureLayout, options: Parameters<typeof generateIcpFixture>[1]) => {
    const { bytes, expected } = await generateIcpFixture(layout, options);
    return { bytes, expected, fileName };
  };
  switch (kind) {
    case 'no-analysis-number':
      return readable(lab, { analysisNumber: null });
    case 'no-sample-date':
      return readable(lab, { sampleDate: null });
    case 'duplicate-element':
      return readable(lab, { duplicate: 'copper' });
    case 'unknown-layout':
      return readable('UNKNOWN', {});
    case 'encrypted':
      return { bytes: encryptedPdf(), fileName };
    case 'truncated': {
      const { bytes } = await generateIcpFixture(lab);
      return { bytes: bytes.slice(0, Math.floor(bytes.length * 0.4)), fileName };
    }
    case 'png-renamed':
      return { bytes: new Uint8Array(Buffer.from(PNG, 'base64')), fileName };
    case 'empty':
      return { bytes: new Uint8Array(0), fileName };
  }
}
