export type { IcpFixture, IcpFixtureOptions } from './generate-icp-fixture';
export { generateIcpFixture } from './generate-icp-fixture';
export type { BrokenFixture, BrokenIcpFixture } from './broken-fixtures';
export { BROKEN_FIXTURES, generateBrokenIcpFixture } from './broken-fixtures';
export type { FixtureLayout } from './lab-styles';
export type { ValueOverride } from './fixture-rows';
