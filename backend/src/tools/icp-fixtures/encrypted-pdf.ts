import { seededRandom } from './seeded-random';

const hex = (bytes: number) => {
  const rng = seededRandom(bytes * 7919);
  return Array.from({ length: bytes }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join('');
};

/**
 * A one-page PDF whose trailer names a standard security handler (RC4, revision 2) with owner and
 * user keys that no empty password opens, so any reader must ask for a password. pdf-lib cannot
 * encrypt, so the file is written by hand with a correct cross-reference table.
 *
 * @example (await extractPdfText(encryptedPdf())) // throws PdfEncryptedError
 */
export function encryptedPdf(): Uint8Array {
  const stream = `${hex(48)}`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(32)}> /U <${hex(31)}00> /P -3904 >>`,
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  const entries = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const id = hex(16);
  body +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}` +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${id}> <${id}>] >>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
