export * from './config-registry';
export * from './draft-feedback-analytics';
export * from './error-summary';
export * from './pdf-costs';
export * from './release-notes';
export * from './usage-patterns';
