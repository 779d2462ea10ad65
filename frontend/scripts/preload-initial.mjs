#!/usr/bin/env node
// After `ng build`: names every chunk the first page needs in a modulepreload link. Angular's builder
// writes at most ten such links; the other chunks the initial scripts import (Angular's core and
// router among them) were then found only once their importer had arrived, one round trip later
// each, which a phone on a slow network pays in full. The browser fetches them all at once now.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'frontend', 'browser');
const indexFile = join(dist, 'index.html');
const html = readFileSync(indexFile, 'utf8');

const named = new Set(
  [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^":]+\.js)"/g)].map((m) => m[1]),
);
const staticImports = (file) =>
  [
    ...readFileSync(join(dist, file), 'utf8').matchAll(
      /import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    ),
  ].map((m) => m[1]);

const queue = [...named].filter((f) => !f.startsWith('theme-init'));
const missing = [];
const seen = new Set(named);
while (queue.length > 0) {
  for (const chunk of staticImports(queue.shift())) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    missing.push(chunk);
    queue.push(chunk);
  }
}
if (missing.length > 0) {
  const links = missing.map((f) => `<link rel="modulepreload" href="${f}">`).join('');
  writeFileSync(indexFile, html.replace('</head>', `${links}</head>`));
}
process.stdout.write(`index.html: ${missing.length} more chunk(s) preloaded\n`);
