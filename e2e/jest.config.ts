/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/**
 * Browser journeys against a local runtime this suite starts itself. Separate from the root jest
 * config on purpose: run with `npx jest -c e2e/jest.config.ts` from the repository root.
 */
const config: Config = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  testMatch: ['<rootDir>/specs/**/*.e2e.ts'],
  // One journey at a time: each starts its own runtime (DynamoDB Local, servers) and browser.
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
};

export default config;
