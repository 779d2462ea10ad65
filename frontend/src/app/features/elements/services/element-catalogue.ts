import { dosingMethodLabel, labLabel } from '../../../shared/tanks/tank-options';

/** Test elements (what can be measured) or dose products (what can be dosed). */
export type ElementKind = 'test' | 'dose';

/** One row of the picker: a test element or a dose product, with the group it is listed under. */
export interface PickableElement {
  readonly elementId: string;
  readonly kind: ElementKind;
  readonly name: string;
  readonly canonical: string;
  readonly unit: string;
  readonly symbol?: string;
  readonly group: string;
  readonly detail?: string;
  /** Other units a keeper may enter a test in (dKH or meq/l, ppt or SG, °C or °F). */
  readonly alternateUnits?: readonly string[];
}

/** A tank's catalogue of one kind, and where it comes from in the keeper's words. */
export interface ElementCatalogue {
  readonly kind: ElementKind;
  readonly source: string;
  readonly elements: readonly PickableElement[];
}

export interface ElementGroup {
  readonly label: string;
  readonly elements: readonly PickableElement[];
}

type Fields = Record<string, unknown>;
const text = (fields: Fields, name: string): string | undefined =>
  typeof fields[name] === 'string' && fields[name] !== '' ? (fields[name] as string) : undefined;
const rowsOf = (body: unknown): Fields[] => {
  const rows = (body as Fields | null)?.['elements'];
  return Array.isArray(rows)
    ? rows.filter((row): row is Fields => typeof row === 'object' && row !== null)
    : [];
};

const TEST_GROUPS: Record<string, string> = {
  base: 'Basics',
  major: 'Major elements',
  minor: 'Minor elements',
  trace: 'Trace elements',
  nutrient: 'Nutrients',
  pollutant: 'Pollutants',
};

const DOSE_GROUPS: Record<string, string> = {
  Calcium: 'Base elements',
  Alkalinity: 'Base elements',
  Magnesium: 'Base elements',
  Nitrogen: 'Nutrients',
  Phosphorus: 'Nutrients',
  'Trace Element Blend': 'Trace blends',
};
const SINGLE_ELEMENTS = 'Single elements';

/** The order groups are listed in; groups not named here follow, alphabetically. */
const GROUP_ORDER = [
  ...new Set([...Object.values(TEST_GROUPS), 'Base elements', SINGLE_ELEMENTS, 'Trace blends']),
];

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const significant = new Intl.NumberFormat('en', { maximumSignificantDigits: 3 });

/** Reads `POST /test/elements/list` into picker rows. */
export function testCatalogueFrom(body: unknown): ElementCatalogue {
  const lab = text((body ?? {}) as Fields, 'lab');
  const elements = rowsOf(body).flatMap((row): PickableElement[] => {
    const elementId = text(row, 'elementId');
    const name = text(row, 'name');
    if (!elementId || !name) return [];
    const category = text(row, 'category') ?? 'other';
    const panel = text(row, 'panel');
    const symbol = text(row, 'symbol');
    const alternates = Array.isArray(row['alternateUnits'])
      ? row['alternateUnits'].filter((u): u is string => typeof u === 'string' && u !== '')
      : [];
    return [
      {
        elementId,
        kind: 'test',
        name,
        canonical: text(row, 'canonical') ?? name,
        unit: text(row, 'unit') ?? '',
        ...(symbol ? { symbol } : {}),
        group: TEST_GROUPS[category] ?? capitalised(category),
        detail: panel === 'MANUAL' || !panel ? 'Hobby test' : `${labLabel(panel)} ICP`,
        ...(alternates.length > 0 ? { alternateUnits: alternates } : {}),
      },
    ];
  });
  return {
    kind: 'test',
    source: lab ? `Hobby tests and the ${labLabel(lab)} ICP panel` : 'Hobby tests and ICP elements',
    elements,
  };
}

function strengthText(strength: unknown): string | undefined {
  if (typeof strength !== 'object' || strength === null) return undefined;
  const fields = strength as Fields;
  const amount = fields['amountPer1mlPer100L'] ?? fields['amount_per_1ml_per_100l'];
  const unit = text(fields, 'unit');
  if (typeof amount !== 'number' || !unit) return undefined;
  return `1 ml per 100 L adds ${significant.format(amount)} ${unit}`;
}

/** Reads `POST /dose/elements/list` into picker rows. */
export function doseCatalogueFrom(body: unknown): ElementCatalogue {
  const method = text((body ?? {}) as Fields, 'method');
  const elements = rowsOf(body).flatMap((row): PickableElement[] => {
    const elementId = text(row, 'elementId');
    const name = text(row, 'name');
    if (!elementId || !name) return [];
    const canonical = text(row, 'canonical') ?? name;
    const detail = strengthText(row['strength']);
    return [
      {
        elementId,
        kind: 'dose',
        name,
        canonical,
        unit: text(row, 'unit') ?? '',
        group: DOSE_GROUPS[canonical] ?? SINGLE_ELEMENTS,
        ...(detail ? { detail } : {}),
      },
    ];
  });
  return {
    kind: 'dose',
    source: method ? `${dosingMethodLabel(method)} products` : 'Dose products',
    elements,
  };
}

const folded = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The elements matching `query` (every word, in the name, canonical name, symbol or id; case and
 * accents ignored), grouped for the picker in a fixed order, keeping the catalogue's order inside.
 *
 * @example groupElements(elements, 'mag')[0]; // { label: 'Major elements', elements: [Magnesium] }
 */
export function groupElements(elements: readonly PickableElement[], query = ''): ElementGroup[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  const groups = new Map<string, PickableElement[]>();
  for (const element of elements) {
    const haystack = folded(
      [element.name, element.canonical, element.symbol ?? '', element.elementId].join(' '),
    );
    if (!words.every((word) => haystack.includes(word))) continue;
    groups.set(element.group, [...(groups.get(element.group) ?? []), element]);
  }
  const rank = (label: string) => {
    const index = GROUP_ORDER.indexOf(label);
    return index === -1 ? GROUP_ORDER.length : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([label, grouped]) => ({ label, elements: grouped }));
}
