/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

const swc: Config['transform'] = { '^.+\\.ts$': ['@swc/jest'] };

const config: Config = {
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
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
      // Integration suites start a whole local runtime (tables, seeds, servers) in beforeAll.
      testTimeout: 30_000,
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
