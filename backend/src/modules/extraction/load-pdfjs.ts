import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { AffineMatrix } from './affine-matrix';

/** The part of pdf.js's API the text adapter uses. */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): PdfLoadingTask;
}

export interface PdfLoadingTask {
  readonly promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

export interface PdfPage {
  getTextContent(): Promise<{ items: readonly PdfTextItem[] }>;
  cleanup(): boolean;
}

export interface PdfTextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded once per process. pdfjs-dist 5 ships only ES modules and this backend compiles to
 * CommonJS. `import()` written in TS becomes `require()`, and `new Function('return import(s)')`
 * fails inside jest's VM sandbox ("dynamic import callback ... without --experimental-vm-modules");
 * `require(esm)` works in plain Node >= 20.19 but jest (on Node 20) refuses it. A function compiled
 * by `vm` in the main context with Node's default loader does a real `import()` both in jest and in
 * plain Node/Lambda (it logs one ExperimentalWarning on Node 20/22). pdf.js then sets up its own
 * in-process worker with a native import too, so no worker thread or child process is involved.
 * pdf.js builds a DOMMatrix as it loads; where Node has none, a small stand-in goes on the global
 * pdf.js sees (the main context's, not jest's sandbox), so no canvas package is needed.
 *
 * @example const pdfjs = await loadPdfJs(); pdfjs.getDocument({ data });
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const mainGlobal = vm.runInThisContext('globalThis') as { DOMMatrix?: unknown };
    mainGlobal.DOMMatrix ??= AffineMatrix;
    const nativeImport = vm.runInThisContext('(specifier) => import(specifier)', {
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }) as (specifier: string) => Promise<PdfJs>;
    return nativeImport(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
  })();
  // A failed load (say a bundle shipped without pdf.js) is retried on the next call, not cached.
  loading.catch(() => (loading = undefined));
  return loading;
}
