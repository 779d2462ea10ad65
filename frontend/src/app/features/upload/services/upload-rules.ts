/** The API's limit for one PDF (`MAX_UPLOAD_BYTES` in the upload request). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** How many reports one upload may carry (`MAX_FILES_PER_BATCH`). */
export const MAX_FILES_PER_BATCH = 20;

/** What the checks need of a picked file; a `File` has it. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/**
 * A file size in the units a keeper reads, e.g. `sizeText(2_400_000)` → `2.3 MB`.
 */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a picked file cannot be uploaded, or null when it can: only PDFs, not empty, at most 10 MB.
 * Some systems give a PDF no type, so the name decides when the type is blank.
 *
 * @example fileProblem({ name: 'scan.jpg', size: 1000, type: 'image/jpeg' });
 * // 'Not a PDF. Choose the PDF report your lab sent.'
 */
export function fileProblem(file: PickedFile): string | null {
  const named = /\.pdf$/i.test(file.name);
  const typed = file.type === '' || /pdf/i.test(file.type);
  if (!named || !typed) return 'Not a PDF. Choose the PDF report your lab sent.';
  if (file.size === 0) return 'The file is empty.';
  if (file.size > MAX_UPLOAD_BYTES) {
    return `${sizeText(file.size)} is over the 10 MB limit for one report.`;
  }
  return null;
}
