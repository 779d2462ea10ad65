import { ICP_LABS, IcpLab } from './extraction-types';

// How each lab names itself in its letterhead. "ATI" only counts in capitals, as a word of its own.
const SIGNATURES: Readonly<Record<IcpLab, RegExp>> = {
  OCEAMO: /\boceamo\b/i,
  TRITON: /\btriton\b/i,
  ATI: /\bATI\b/,
  FAUNA_MARIN: /\bfauna\s*marin\b/i,
};

/**
 * The lab that issued a report, read from the report text alone: the earliest letterhead signature
 * wins, so a report that mentions another lab further down is still read as its own.
 *
 * @example detectLab('Oceamo GmbH · Labor für Meerwasseranalytik …') // 'OCEAMO'
 * @example detectLab('A report from a lab RaM does not know') // undefined
 */
export function detectLab(text: string): IcpLab | undefined {
  let earliest: { lab: IcpLab; at: number } | undefined;
  for (const lab of ICP_LABS) {
    const at = text.search(SIGNATURES[lab]);
    if (at >= 0 && (earliest === undefined || at < earliest.at)) earliest = { lab, at };
  }
  return earliest?.lab;
}

/**
 * The lab a keeper's choice names, when it is one RaM knows ("Fauna Marin" and "fauna-marin" too).
 *
 * @example asIcpLab('Fauna Marin') // 'FAUNA_MARIN'
 * @example asIcpLab('Unknown Lab') // undefined
 */
export function asIcpLab(hint: string | undefined): IcpLab | undefined {
  const key = hint
    ?.trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return ICP_LABS.find((lab) => lab === key);
}
