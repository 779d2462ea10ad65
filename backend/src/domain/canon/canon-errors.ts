/** The canon or a panel contradicts itself (an alias claimed twice, an unknown canonical name). */
export class CanonDataError extends Error {
  readonly code = 'CANON_DATA';

  constructor(message: string) {
    super(message);
    this.name = 'CanonDataError';
  }
}

/** A value cannot be converted between the two units asked for. */
export class UnitConversionError extends Error {
  readonly code = 'UNIT_CONVERSION';

  constructor(message: string) {
    super(message);
    this.name = 'UnitConversionError';
  }
}
