import type { ExportKind } from '../../catalogue/keeper-rows';

type Item = Record<string, unknown>;

/** Attributes that only exist to serve an index; they repeat what the row already says. */
const INDEX_ONLY_ATTRIBUTES = [
  'user_id_tank_id',
  'user_id_tank_id_template_type',
  'active_tank_key',
  'test_date_id',
  'entity_type',
  'weekly_summary',
];

/** A test as exported: its header attributes plus its element rows. */
export type ExportedTest = Item & { elements: Item[] };

/** Everything a keeper keeps in RaM, as one JSON document. */
export interface KeeperExport {
  readonly format: 'json';
  readonly exportedAt: string;
  readonly profile: Item | null;
  readonly tanks: Item[];
  readonly tests: ExportedTest[];
  readonly doses: Item[];
  readonly programs: Item[];
  readonly reviews: Item[];
  readonly targets: Item[];
  readonly templates: Item[];
  readonly dashboards: Item[];
  readonly alerts: Item[];
}

const clean = (item: Item): Item =>
  Object.fromEntries(Object.entries(item).filter(([k, v]) => !INDEX_ONLY_ATTRIBUTES.includes(k) && v !== undefined));

/** Groups test-history rows into tests (header + elements), newest test first, elements by name. */
export function groupTests(rows: readonly Item[]): ExportedTest[] {
  const tests = new Map<string, { header?: Item; elements: Item[] }>();
  for (const row of rows) {
    const entry = tests.get(String(row.test_id)) ?? { elements: [] };
    tests.set(String(row.test_id), entry);
    if (row.item === 'HEADER') entry.header = row;
    else entry.elements.push(row);
  }
  return [...tests.values()]
    .filter((t) => t.header)
    .map(({ header, elements }) => {
      const { item: _item, ...rest } = clean(header!);
      const sorted = elements.map((e) => clean(e)).sort((a, b) => String(a.element_id).localeCompare(String(b.element_id)));
      return { ...rest, elements: sorted.map(({ item: _i, test_id: _t, ...e }) => e) } as ExportedTest;
    })
    .sort(
      (a, b) =>
        String(b.test_date ?? '').localeCompare(String(a.test_date ?? '')) ||
        String(b.created_at ?? '').localeCompare(String(a.created_at ?? '')),
    );
}

/** The JSON export from the keeper's rows, by export kind. */
export function keeperExport(rows: Partial<Record<ExportKind, readonly Item[]>>, now: Date): KeeperExport {
  const list = (kind: ExportKind) => (rows[kind] ?? []).map(clean);
  return {
    format: 'json',
    exportedAt: now.toISOString(),
    profile: list('profile')[0] ?? null,
    tanks: list('tanks'),
    tests: groupTests(rows.tests ?? []),
    doses: list('doses').sort((a, b) => String(a.dose_date).localeCompare(String(b.dose_date))),
    programs: list('programs'),
    reviews: list('reviews'),
    targets: list('targets'),
    templates: list('templates'),
    dashboards: list('dashboards'),
    alerts: list('alerts'),
  };
}

/** Columns of the element-by-test CSV; `date, element, value, unit` first, the shape CSV import reads. */
export const READING_COLUMNS = [
  'date',
  'element',
  'value',
  'unit',
  'element_id',
  'status',
  'test_id',
  'test_kind',
  'lab',
  'tank_id',
] as const;

/** A lab's non-detect as labs print it ("< 0.5", or "n.n." without a limit), so an import reads it back. */
function nonDetectCell(e: Item): string | undefined {
  if (e.non_detect !== true) return undefined;
  return typeof e.detection_limit === 'number' ? `< ${e.detection_limit}` : 'n.n.';
}

/** One CSV row per reading of every test (non-detects printed as labs print them). */
export function readingRows(tests: readonly ExportedTest[]): Item[] {
  return tests.flatMap((t) =>
    t.elements.map((e) => ({
      date: t.test_date,
      element: e.display_name ?? e.element_id,
      value: e.value ?? nonDetectCell(e),
      unit: e.unit,
      element_id: e.element_id,
      status: e.eval_status ?? e.status,
      test_id: t.test_id,
      test_kind: t.kind,
      lab: t.lab,
      tank_id: t.tank_id,
    })),
  );
}

/**
 * One CSV cell: quoted when it holds a separator, quote or line break; nested values as JSON; text
 * that a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && /^[=+@\t\r]|^-[^\d.]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document; columns given, or every attribute any row has (sorted). */
export function toCsv(rows: readonly Item[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();
  return [header.join(','), ...rows.map((r) => header.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** The CSV files of an export, one per kind (tests as one row per reading). */
export function csvFiles(doc: KeeperExport): Record<string, string> {
  return {
    'profile.csv': toCsv(doc.profile ? [doc.profile] : []),
    'tanks.csv': toCsv(doc.tanks),
    'tests.csv': toCsv(readingRows(doc.tests), READING_COLUMNS),
    'doses.csv': toCsv(doc.doses),
    'programs.csv': toCsv(doc.programs),
    'reviews.csv': toCsv(doc.reviews),
    'targets.csv': toCsv(doc.targets),
    'templates.csv': toCsv(doc.templates),
    'dashboards.csv': toCsv(doc.dashboards),
    'alerts.csv': toCsv(doc.alerts),
  };
}
