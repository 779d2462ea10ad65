// The few Node APIs a spec uses to read the app's own source files (the spec runs in Node).
declare module 'node:fs' {
  export function readFileSync(path: string | URL, encoding: 'utf8'): string;
}
