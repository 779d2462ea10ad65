/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

const swc: Config['transform'] = { '^.+\\.ts$': ['@swc/jest'] };

const config: Config = {
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  // A global option: jest does not read it from a project. Integration suites start a whole local
  // runtime (tables, seeds, servers) in beforeAll and upload real PDFs.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'backend',
      rootDir: '<rootDir>/backend',
      testEnvironment: 'node',
      transform: swc,
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/env.ts'],
    },
    {
      displayName: 'infra',
      rootDir: '<rootDir>/infra',
      testEnvironment: 'node',
      transform: swc,
      testMatch: ['<rootDir>/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
    },
  ],
};

export default config;
