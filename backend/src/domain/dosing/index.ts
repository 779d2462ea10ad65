export * from './calendar';
export * from './dose-entry';
export * from './dose-day';
export * from './dose-fan-out';
export * from './program';
export * from './program-backfill';
export * from './program-save';
export * from './draft-feedback';
