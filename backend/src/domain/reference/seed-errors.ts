/** A seed file does not have the shape RaM expects; `at` says where (file and path). */
export class SeedFormatError extends Error {
  readonly code = 'SEED_FORMAT';

  constructor(
    readonly at: string,
    problem: string,
  ) {
    super(`${at}: ${problem}`);
    this.name = 'SeedFormatError';
  }
}

/** Two desired seed rows share one table key, so the plan cannot say which one wins. */
export class SeedPlanError extends Error {
  readonly code = 'SEED_PLAN';

  constructor(message: string) {
    super(message);
    this.name = 'SeedPlanError';
  }
}
