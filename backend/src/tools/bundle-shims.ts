import type { Plugin } from 'esbuild';

/**
 * Small stand-ins for packages that express, body-parser and class-validator pull into every
 * lambdalith although no route of ours uses what makes them big. Each one keeps exactly the
 * behaviour our request path relies on and fails loudly if anything else is ever asked of it, so a
 * future use shows up in the bundled-artifact tests instead of silently misbehaving.
 *
 * - `iconv-lite` (~480 KiB of code pages): request bodies are UTF-8 JSON only; any other charset is
 *   "not recognized", which raw-body and body-parser turn into a 415.
 * - `libphonenumber-js` (~290 KiB of metadata): class-validator's phone-number checks; no DTO uses them.
 * - `multer` (+ busboy): Nest's file-upload interceptors; uploads go to S3 by presigned URL instead.
 * - `mime-db` (~150 KiB): only the handful of media types an API answer or body can have.
 */
const PHONE_NUMBERS = `
const unavailable = () => { throw new Error('Phone-number validation is not bundled in this function'); };
module.exports = new Proxy({}, { get: (_t, key) => (key === '__esModule' ? false : unavailable) });
`;

export const BUNDLE_SHIMS: Readonly<Record<string, string>> = {
  'iconv-lite': `
const UTF8 = new Set(['utf8', 'utf-8', 'unicode-1-1-utf-8']);
const known = (enc) => UTF8.has(String(enc).toLowerCase());
const refuse = (enc) => { throw new Error('Encoding not recognized: ' + JSON.stringify(enc)); };
const stripBom = (s) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);
exports.encodingExists = known;
exports.decode = (buf, enc) => (known(enc) ? stripBom(Buffer.from(buf).toString('utf8')) : refuse(enc));
exports.encode = (str, enc) => (known(enc) ? Buffer.from(String(str), 'utf8') : refuse(enc));
exports.getDecoder = (enc) => {
  if (!known(enc)) refuse(enc);
  const { StringDecoder } = require('node:string_decoder');
  const decoder = new StringDecoder('utf8');
  let first = true;
  const out = (s) => { if (first && s.length > 0) { first = false; return stripBom(s); } return s; };
  return { write: (chunk) => out(decoder.write(chunk)), end: () => out(decoder.end()) };
};
exports.getEncoder = (enc) => {
  if (!known(enc)) refuse(enc);
  return { write: (str) => Buffer.from(String(str), 'utf8'), end: () => undefined };
};
`,
  'libphonenumber-js/max': PHONE_NUMBERS,
  'libphonenumber-js': PHONE_NUMBERS,
  multer: `
const unavailable = () => { throw new Error('Multipart uploads are not bundled in this function'); };
module.exports = Object.assign(unavailable, { diskStorage: unavailable, memoryStorage: unavailable, MulterError: class MulterError extends Error {} });
`,
  'mime-db': `
module.exports = {
  'application/json': { source: 'iana', charset: 'UTF-8', compressible: true, extensions: ['json', 'map'] },
  'application/x-www-form-urlencoded': { source: 'iana', compressible: true },
  'application/octet-stream': { source: 'iana', compressible: false, extensions: ['bin'] },
  'application/pdf': { source: 'iana', compressible: false, extensions: ['pdf'] },
  'multipart/form-data': { source: 'iana', compressible: false },
  'text/html': { source: 'iana', compressible: true, extensions: ['html', 'htm'] },
  'text/plain': { source: 'iana', compressible: true, extensions: ['txt', 'text', 'log'] },
  'text/css': { source: 'iana', charset: 'UTF-8', compressible: true, extensions: ['css'] },
  'text/javascript': { source: 'iana', charset: 'UTF-8', compressible: true, extensions: ['js', 'mjs'] },
  'image/png': { source: 'iana', compressible: false, extensions: ['png'] },
  'image/svg+xml': { source: 'iana', compressible: true, extensions: ['svg'] },
};
`,
};

/** The esbuild plugin that puts {@link BUNDLE_SHIMS} in place of the real packages. */
export function bundleShims(shims: Readonly<Record<string, string>> = BUNDLE_SHIMS): Plugin {
  const names = Object.keys(shims).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return {
    name: 'ram-bundle-shims',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'ram-shim' }));
      build.onLoad({ filter: /.*/, namespace: 'ram-shim' }, (args) => ({ contents: shims[args.path], loader: 'js' }));
    },
  };
}
