// Superscript digits and charges ("PO₄³⁻", "Ca²⁺") say nothing about which element is meant.
const SUPERSCRIPTS = /[\u00b2\u00b3\u00b9\u2070-\u207f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The form under which element names are compared: accents and ion charges dropped, lower case,
 * one space between words, one space before a parenthesis, none inside it, no footnote marks.
 *
 * @example normaliseElementName('  Molybdän ') // 'molybdan'
 * @example normaliseElementName('Kupfer(Osmose)') // 'kupfer (osmose)'
 * @example normaliseElementName('PO₄³⁻') // 'po4'
 */
export function normaliseElementName(name: string): string {
  return name
    .replace(SUPERSCRIPTS, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)/g, ')')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[*:]+$/, '');
}

const RODI_SUFFIX = / \((ro|rodi|ro\/di|osmose|osmosis|osmosewasser)\)$/;

/**
 * Splits an already normalised name into the element part and whether it carries an RO/DI (Osmose) mark.
 *
 * @example splitRodi('kupfer (osmose)') // { base: 'kupfer', rodi: true }
 */
export function splitRodi(normalised: string): { base: string; rodi: boolean } {
  const base = normalised.replace(RODI_SUFFIX, '');
  return { base, rodi: base !== normalised };
}

/**
 * Whether a name marks an RO/DI (Osmose) measurement rather than tank water.
 *
 * @example isRodiName('Copper (RO)') // true
 * @example isRodiName('Copper') // false
 */
export function isRodiName(name: string): boolean {
  return splitRodi(normaliseElementName(name)).rodi;
}
