import { initialClosureOf, initialFilesOf } from './bench-frontend';

describe('initialFilesOf', () => {
  it('lists the scripts, module preloads and stylesheets index.html fetches, and nothing remote', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="styles-ABC.css" media="print" onload="this.media='all'">
      <link rel="modulepreload" href="chunk-1.js"><link href="chunk-2.js" rel="modulepreload">
      <link rel="icon" href="favicon.ico"><link rel="stylesheet" href="https://fonts.example/x.css">
      </head><body><ram-root></ram-root>
      <script src="polyfills-1.js" type="module"></script><script src="main-2.js" type="module"></script></body></html>`;
    expect(initialFilesOf(html).sort()).toEqual(['chunk-1.js', 'chunk-2.js', 'main-2.js', 'polyfills-1.js', 'styles-ABC.css']);
  });
});

describe('initialClosureOf', () => {
  it('adds every chunk the initial scripts import statically, however deep, and no lazy one', () => {
    const files: Record<string, string> = {
      'main-1.js': 'import{a as b}from"./chunk-A.js";import"./chunk-B.js";const r=()=>import("./chunk-LAZY.js");',
      'chunk-A.js': 'import{c}from"./chunk-CORE.js";export const a=1;',
      'chunk-B.js': 'export{};',
      'chunk-CORE.js': 'export const c=2;',
      'chunk-LAZY.js': 'import{c}from"./chunk-CORE.js";',
    };
    const html = '<link rel="modulepreload" href="chunk-A.js"><script src="main-1.js" type="module"></script>';
    expect(initialClosureOf(html, (f) => files[f]).sort()).toEqual(['chunk-A.js', 'chunk-B.js', 'chunk-CORE.js', 'main-1.js']);
  });
});
