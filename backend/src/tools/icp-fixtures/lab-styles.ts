import type { IcpLab } from '../../domain/extraction';
import type { ElementCategory } from '../../domain/reference/seed-types';
import type { SeededRandom } from './seeded-random';

/** The four labs, and a lab no parser knows (it prints the Triton panel in a layout of its own). */
export type FixtureLayout = IcpLab | 'UNKNOWN';

export interface LabStyle {
  /** The panel whose rows the report prints (and the lab the expected report names). */
  readonly panel: IcpLab;
  /** Lab name, address line, report title. Addresses are invented. */
  readonly letterhead: readonly [string, string, string];
  readonly language: 'de' | 'en';
  readonly decimal: 'comma' | 'point';
  readonly groupThousands: boolean;
  readonly formatDate: (iso: string) => string;
  readonly labels: {
    readonly analysisNumber: string;
    readonly sampleDate: string;
    readonly reportDate: string;
    readonly tankName: string;
    readonly volume: string;
    readonly salinity: string;
    readonly alkalinity: string;
  };
  readonly units: { readonly volume: string; readonly salinity: string; readonly alkalinity: string };
  readonly unitText: (unit: string) => string;
  readonly columns: readonly string[];
  readonly symbolColumn: boolean;
  readonly rangeColumns: 'band' | 'min-max';
  readonly band: (low: string, high: string) => string;
  readonly upTo: (high: string) => string;
  readonly blocks: readonly { readonly heading: string; readonly categories: readonly ElementCategory[] }[];
  /** Words for "not detected"; `belowShare` of non-detects print "< limit" instead. */
  readonly nonDetect: { readonly words: readonly string[]; readonly belowShare: number; readonly below: (limit: string) => string };
  readonly pageLabel: (page: number, pages: number) => string;
  readonly analysisNumber: (rng: SeededRandom, sampleDate: string) => string;
}

const [y, m, d] = [(iso: string) => iso.slice(0, 4), (iso: string) => iso.slice(5, 7), (iso: string) => iso.slice(8, 10)];
const digits = (rng: SeededRandom, count: number) => String(rng.int(0, 10 ** count - 1)).padStart(count, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const same = (unit: string) => unit;
const dash = (low: string, high: string) => `${low} \u2013 ${high}`;
const below = (limit: string) => `< ${limit}`;

const GERMAN_BLOCKS = (pollutants: string) => [
  { heading: pollutants === 'Schadstoffe' ? 'Mengenelemente' : 'Makroelemente', categories: ['major', 'minor'] as const },
  { heading: 'Spurenelemente', categories: ['trace'] as const },
  { heading: pollutants, categories: ['pollutant'] as const },
  { heading: 'N\u00e4hrstoffe', categories: ['nutrient'] as const },
  { heading: 'Osmosewasser', categories: ['osmose'] as const },
];

const ENGLISH_BLOCKS = (major: string, ro?: string) => [
  { heading: major, categories: ['major'] as const },
  { heading: 'Minor elements', categories: ['minor'] as const },
  { heading: 'Trace elements', categories: ['trace'] as const },
  { heading: 'Pollutants', categories: ['pollutant'] as const },
  { heading: 'Nutrients', categories: ['nutrient'] as const },
  ...(ro ? [{ heading: ro, categories: ['osmose'] as const }] : []),
];

export const LAB_STYLES: Readonly<Record<FixtureLayout, LabStyle>> = {
  OCEAMO: {
    panel: 'OCEAMO',
    letterhead: [
      'OCEAMO',
      'Oceamo GmbH \u00b7 Labor f\u00fcr Meerwasseranalytik \u00b7 Am Riffgraben 3 \u00b7 85652 Pliening',
      'ICP-OES Wasseranalyse \u2013 Pr\u00fcfbericht',
    ],
    language: 'de',
    decimal: 'comma',
    groupThousands: true,
    formatDate: (iso) => `${d(iso)}.${m(iso)}.${y(iso)}`,
    labels: {
      analysisNumber: 'Analysenummer',
      sampleDate: 'Probenahme',
      reportDate: 'Berichtsdatum',
      tankName: 'Becken',
      volume: 'Volumen',
      salinity: 'Salinit\u00e4t',
      alkalinity: 'KH',
    },
    units: { volume: 'l', salinity: 'ppt', alkalinity: 'dKH' },
    unitText: same,
    columns: ['Element', 'Symbol', 'Messwert', 'Einheit', 'Referenzbereich'],
    symbolColumn: true,
    rangeColumns: 'band',
    band: dash,
    upTo: below,
    blocks: GERMAN_BLOCKS('Schadstoffe'),
    nonDetect: { words: ['n.n.'], belowShare: 0.3, below },
    pageLabel: (page, pages) => `Seite ${page} von ${pages}`,
    analysisNumber: (rng, date) => `OC-${date.slice(2, 4)}-${digits(rng, 5)}`,
  },
  TRITON: {
    panel: 'TRITON',
    letterhead: [
      'TRITON Lab',
      'Triton GmbH \u00b7 Hafenstra\u00dfe 21 \u00b7 47119 Duisburg \u00b7 Germany',
      'ICP-OES Water Analysis Report',
    ],
    language: 'en',
    decimal: 'point',
    groupThousands: false,
    formatDate: (iso) => iso,
    labels: {
      analysisNumber: 'Analysis ID',
      sampleDate: 'Date of sampling',
      reportDate: 'Report generated',
      tankName: 'Aquarium',
      volume: 'Volume',
      salinity: 'Salinity',
      alkalinity: 'Alkalinity',
    },
    units: { volume: 'L', salinity: 'ppt', alkalinity: 'dKH' },
    unitText: (unit) => unit.replace(/\/l$/, '/L'),
    columns: ['Element', 'Symbol', 'Result', 'Unit', 'Triton range'],
    symbolColumn: true,
    rangeColumns: 'band',
    band: (low, high) => `${low} - ${high}`,
    upTo: below,
    blocks: ENGLISH_BLOCKS('Major elements', 'Osmosis water'),
    nonDetect: { words: [], belowShare: 1, below: (limit) => `<${limit}` },
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
    analysisNumber: (rng) => `TR-${digits(rng, 7)}`,
  },
  ATI: {
    panel: 'ATI',
    letterhead: [
      'ATI Lab',
      'ATI Aquaristik GmbH \u00b7 Gewerbering 12 \u00b7 48477 H\u00f6rstel \u00b7 Germany',
      'ICP-OES Analysis \u2013 Test Result',
    ],
    language: 'en',
    decimal: 'point',
    groupThousands: true,
    formatDate: (iso) => `${d(iso)}/${m(iso)}/${y(iso)}`,
    labels: {
      analysisNumber: 'Analysis no.',
      sampleDate: 'Sample date',
      reportDate: 'Print date',
      tankName: 'Tank',
      volume: 'Tank volume',
      salinity: 'Salinity',
      alkalinity: 'KH',
    },
    units: { volume: 'litres', salinity: 'psu', alkalinity: 'dKH' },
    unitText: same,
    columns: ['Parameter', 'Result', 'Unit', 'Min', 'Max'],
    symbolColumn: false,
    rangeColumns: 'min-max',
    band: dash,
    upTo: below,
    blocks: ENGLISH_BLOCKS('Macro elements'),
    nonDetect: { words: ['---'], belowShare: 0, below },
    pageLabel: (page, pages) => `${page}/${pages}`,
    analysisNumber: (rng, date) => `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-${digits(rng, 4)}`,
  },
  FAUNA_MARIN: {
    panel: 'FAUNA_MARIN',
    letterhead: ['Fauna Marin', 'Fauna Marin GmbH \u00b7 Riffweg 8 \u00b7 71272 Renningen', 'Reef ICP Analyse (ICP-OES)'],
    language: 'de',
    decimal: 'comma',
    groupThousands: false,
    formatDate: (iso) => `${d(iso)}.${m(iso)}.${y(iso)}`,
    labels: {
      analysisNumber: 'Analyse-Nr.',
      sampleDate: 'Probendatum',
      reportDate: 'Erstellt am',
      tankName: 'Aquarium',
      volume: 'Netto-Volumen',
      salinity: 'Salinit\u00e4t',
      alkalinity: 'KH',
    },
    units: { volume: 'Liter', salinity: '\u2030', alkalinity: '\u00b0dKH' },
    unitText: same,
    columns: ['Element', 'Wert', 'Einheit', 'Sollbereich'],
    symbolColumn: false,
    rangeColumns: 'band',
    band: dash,
    upTo: (high) => `max. ${high}`,
    blocks: GERMAN_BLOCKS('Schwermetalle'),
    nonDetect: { words: ['n.b.', 'n.g.'], belowShare: 0.3, below },
    pageLabel: (page, pages) => `Seite ${page}/${pages}`,
    analysisNumber: (rng, date) => `FM-${date.slice(2, 4)}${date.slice(5, 7)}-${digits(rng, 4)}`,
  },
  UNKNOWN: {
    panel: 'TRITON',
    letterhead: ['Nordsee Wasserlabor', 'Nordsee Wasserlabor KG \u00b7 Deichstra\u00dfe 4 \u00b7 26548 Norderney', 'Seawater analysis'],
    language: 'en',
    decimal: 'point',
    groupThousands: false,
    formatDate: (iso) => `${Number(d(iso))} ${MONTHS[Number(m(iso)) - 1]} ${y(iso)}`,
    labels: {
      analysisNumber: 'Report number',
      sampleDate: 'Sampling date',
      reportDate: 'Issued',
      tankName: 'Tank',
      volume: 'Volume',
      salinity: 'Salinity',
      alkalinity: 'KH',
    },
    units: { volume: 'l', salinity: 'ppt', alkalinity: 'dKH' },
    unitText: same,
    columns: ['Parameter', 'Result', 'Unit', 'Range'],
    symbolColumn: false,
    rangeColumns: 'band',
    band: dash,
    upTo: below,
    blocks: ENGLISH_BLOCKS('Major elements', 'RO water'),
    nonDetect: { words: ['n.d.'], belowShare: 0.5, below },
    pageLabel: (page, pages) => `${page} / ${pages}`,
    analysisNumber: (rng, date) => `NS/${date.slice(0, 4)}/${digits(rng, 3)}`,
  },
};
