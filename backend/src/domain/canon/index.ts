export type { Canon } from './canon';
export { createCanon } from './canon';
export type { CanonData, CanonGroup, Dimension, GroupKind, Species, UnitDefinition } from './canon-data';
export { parseCanonData } from './canon-data';
export { CanonDataError, UnitConversionError } from './canon-errors';
export { isRodiName, normaliseElementName, splitRodi } from './normalise-element-name';
export { normaliseUnit } from './unit-conversion';
export { canonicalFor, convert, defaultCanon, groupOf } from './default-canon';
export { elementMassFraction, molarMass } from './molar-mass';
