import { UnitConversionError } from './canon-errors';

// Standard atomic weights (IUPAC, abridged to what reef salts and species use).
const ATOMIC_WEIGHT: Readonly<Record<string, number>> = {
  H: 1.008,
  Li: 6.94,
  B: 10.81,
  C: 12.011,
  N: 14.007,
  O: 15.999,
  F: 18.998,
  Na: 22.99,
  Mg: 24.305,
  Si: 28.085,
  P: 30.974,
  S: 32.06,
  Cl: 35.45,
  K: 39.098,
  Ca: 40.078,
  V: 50.942,
  Cr: 51.996,
  Mn: 54.938,
  Fe: 55.845,
  Co: 58.933,
  Ni: 58.693,
  Cu: 63.546,
  Zn: 65.38,
  Se: 78.971,
  Br: 79.904,
  Sr: 87.62,
  Mo: 95.95,
  I: 126.904,
  Ba: 137.327,
};

function atomsOf(formula: string): Map<string, number> {
  const atoms = new Map<string, number>();
  // "CaCl2·2H2O": each part of a hydrate may carry a leading count.
  for (const part of formula.split(/[·.]/)) {
    const [, count, body] = /^(\d*)(.+)$/.exec(part.trim()) ?? [];
    if (!body || !/^([A-Z][a-z]?\d*)+$/.test(body)) throw new UnitConversionError(`cannot read formula "${formula}"`);
    for (const [, symbol, n] of body.matchAll(/([A-Z][a-z]?)(\d*)/g)) {
      if (ATOMIC_WEIGHT[symbol] === undefined) throw new UnitConversionError(`no atomic weight for ${symbol}`);
      atoms.set(symbol, (atoms.get(symbol) ?? 0) + (count ? Number(count) : 1) * (n ? Number(n) : 1));
    }
  }
  return atoms;
}

/**
 * Molar mass (g/mol) of a simple formula, hydrates written with "·".
 *
 * @example molarMass('CaCl2·2H2O') // 147.01
 */
export function molarMass(formula: string): number {
  let total = 0;
  for (const [symbol, n] of atomsOf(formula)) total += ATOMIC_WEIGHT[symbol] * n;
  return total;
}

/**
 * Share of a formula's mass that is the given element: grams of element per gram of salt.
 *
 * @example elementMassFraction('NaF', 'F') // 0.4525 (so 2.21 g NaF carry 1 g fluoride)
 */
export function elementMassFraction(formula: string, element: string): number {
  const n = atomsOf(formula).get(element) ?? 0;
  return n === 0 ? 0 : (ATOMIC_WEIGHT[element] * n) / molarMass(formula);
}
