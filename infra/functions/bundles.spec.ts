import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { assertBundlesBuilt } from './functions';

describe('assertBundlesBuilt', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ram-bundles-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names every function whose bundle is missing, before anything is created', () => {
    mkdirSync(path.join(root, 'account-api'));
    writeFileSync(path.join(root, 'account-api', 'index.js'), 'exports.handler = async () => ({})');
    mkdirSync(path.join(root, 'seed-loader')); // a folder without its index.js is still missing

    expect(() => assertBundlesBuilt(root, ['account-api', 'seed-loader', 'ws-connect'])).toThrow(
      `Function bundles missing in ${root}: seed-loader, ws-connect. Run \`npm run build -w backend\` first.`,
    );
  });

  it('passes when every bundle is there', () => {
    mkdirSync(path.join(root, 'ws-connect'));
    writeFileSync(path.join(root, 'ws-connect', 'index.js'), '');

    expect(() => assertBundlesBuilt(root, ['ws-connect'])).not.toThrow();
  });
});
