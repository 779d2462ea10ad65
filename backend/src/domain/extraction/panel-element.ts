import { isRodiName, normaliseUnit, type Canon } from '../canon';
import type { TestElementSeed } from '../reference/seed-types';
import type { ExtractedElement, IcpLab, ReferenceRange } from './extraction-types';
import type { PrintedRow } from './element-rows';
import { withoutUndefined } from './without-undefined';

// Conversions such as mg/l → µg/l leave float dust (62.00000000000001); twelve digits keep every
// figure a lab prints.
const tidy = (value: number) => Number(value.toPrecision(12));

function converter(row: PrintedRow, seed: TestElementSeed, canon: Canon): ((v: number) => number) | undefined {
  if (normaliseUnit(row.unit) === normaliseUnit(seed.unit)) return (v) => v;
  const target = seed.reportedAs ? `${seed.unit} ${seed.reportedAs}` : seed.unit;
  try {
    canon.convert(1, row.unit, target, seed.canonical);
  } catch {
    return undefined;
  }
  return (v) => tidy(canon.convert(v, row.unit, target, seed.canonical));
}

function convertRange(range: ReferenceRange, to: (v: number) => number): ReferenceRange {
  const at = (v: number | undefined) => (v === undefined ? undefined : to(v));
  return withoutUndefined({ low: at(range.low), high: at(range.high) });
}

// Rows under an RO/Osmose heading, or named with an RO mark, are matched to the panel's RO rows.
function panelRowFor(row: PrintedRow, lab: IcpLab, inRodiSection: boolean, canon: Canon) {
  const marked = isRodiName(row.name);
  const name = inRodiSection && !marked ? `${row.name} (RO)` : row.name;
  return canon.panelElementFor(name, lab);
}

/**
 * Maps a printed row onto the lab's panel: ids, canonical name, category and source from the panel
 * row, the value (and its band and detection limit) converted to the panel's unit.
 *
 * @example toExtractedElement(kupferRow, 'OCEAMO', true, canon)?.displayName // 'Copper (RO)'
 */
export function toExtractedElement(row: PrintedRow, lab: IcpLab, inRodiSection: boolean, canon: Canon): ExtractedElement | undefined {
  const seed = panelRowFor(row, lab, inRodiSection, canon);
  return seed && asPanelElement(row, seed, canon);
}

/**
 * A printed row as the given panel row: ids, names and category from the seed, the value (and its
 * band and detection limit) converted to the seed's unit; undefined when the units do not convert.
 *
 * @example asPanelElement(phosphatRow, oceamoPhosphorus, canon)?.unit // 'µg/l'
 */
export function asPanelElement(row: PrintedRow, seed: TestElementSeed, canon: Canon): ExtractedElement | undefined {
  const to = converter(row, seed, canon);
  if (!to) return undefined;
  const { value, nonDetect, detectionLimit } = row.reading;
  return withoutUndefined({
    printedName: row.name,
    elementId: seed.elementId,
    canonical: seed.canonical,
    category: seed.category,
    source: seed.source,
    displayName: seed.name,
    value: value === null ? null : to(value),
    printed: row.printed,
    unit: seed.unit,
    nonDetect,
    detectionLimit: detectionLimit === undefined ? undefined : to(detectionLimit),
    referenceRange: row.range && convertRange(row.range, to),
  });
}
