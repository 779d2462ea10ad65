export * from './review-types';
export * from './build-review';
export * from './review-progress';
export * from './review-wording';
