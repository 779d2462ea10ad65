import * as f from './families';
import { miniPdf } from './mini-pdf';
import { ENGLISH_ATI, ENGLISH_RO, ENGLISH_TRITON, GERMAN_FAUNA_MARIN, GERMAN_OCEAMO, GERMAN_RO, type Row, withValues } from './rows';

export type CorpusLab = 'OCEAMO' | 'TRITON' | 'ATI' | 'FAUNA_MARIN';

/** What a readable report must be read as, written by hand from the drawn page. */
export interface Readable {
  readonly kind: 'readable';
  readonly lab: CorpusLab;
  readonly analysisNumber: string;
  readonly sampleDate: string;
  readonly tank: readonly Row[];
  readonly ro: readonly Row[];
}

/** Why a broken upload must be refused. */
export interface Refused {
  readonly kind: 'refused';
  readonly cause: 'ENCRYPTED' | 'TRUNCATED' | 'IMAGE_ONLY' | 'NOT_ICP' | 'NO_SAMPLE_DATE' | 'CONFLICTING_DUPLICATE';
}

export interface CorpusReport {
  readonly name: string;
  /** Layout family: lab and layout, as the benchmark groups them. */
  readonly family: string;
  readonly language: 'de' | 'en';
  readonly pages: number;
  /** The lab the keeper picks on upload (a hint; the text may say otherwise). */
  readonly labHint?: CorpusLab;
  readonly draw: () => Uint8Array;
  readonly expected: Readable | Refused;
}

const readable = (lab: CorpusLab, analysisNumber: string, sampleDate: string, tank: readonly Row[], ro: readonly Row[] = []): Readable => ({
  kind: 'readable',
  lab,
  analysisNumber,
  sampleDate,
  tank,
  ro,
});

const OCEAMO_B = withValues(GERMAN_OCEAMO, { copper: ['2,35', 2.35], iodine: ['61,0', 61], sodium: ['10.695', 10695] });
const TRITON_DE = withValues(GERMAN_OCEAMO, { calcium: ['441', 441], zinc: ['5,05', 5.05] });
const ATI_DE = withValues(
  GERMAN_FAUNA_MARIN.filter((r) => r.id !== 'mercury'),
  { magnesium: ['1.402', 1402] },
);
// ATI prints phosphorus as P beside PO4; the panel keeps PO4, so the P row must not count twice.
const ATI_WITH_P: Row[] = [
  ...ENGLISH_ATI.slice(0, -2),
  { id: 'phosphate', name: 'Phosphorus', sym: 'P', printed: '23.1', unit: 'µg/l', expect: null, section: 'nutrient' },
  ...ENGLISH_ATI.slice(-2),
];
const ATI_SECOND = withValues(ENGLISH_ATI, { calcium: ['452', 452], copper: ['1.4', 1.4], nitrate: ['0.9', 0.9] });

/** Every report of the corpus. At least three layout families per lab, German and English, one and two pages, with and without RO. */
export const CORPUS: readonly CorpusReport[] = [
  {
    name: 'oceamo-table-1p',
    family: 'Oceamo table',
    language: 'de',
    pages: 1,
    draw: () =>
      f.oceamoTable({
        tank: GERMAN_OCEAMO,
        meta: {
          header: [
            [
              ['Analysenummer: OC-25-04817', 50],
              ['Berichtsdatum: 19.03.2025', 350],
            ],
            [
              ['Probenahme: 14.03.2025', 50],
              ['Probeneingang: 16.03.2025', 350],
            ],
            [
              ['Becken: Riffbecken', 50],
              ['Volumen: 450 l', 350],
            ],
          ],
        },
      }),
    expected: readable('OCEAMO', 'OC-25-04817', '2025-03-14', GERMAN_OCEAMO),
  },
  {
    name: 'oceamo-table-ro-2p',
    family: 'Oceamo table',
    language: 'de',
    pages: 2,
    draw: () =>
      f.oceamoTable({
        tank: GERMAN_OCEAMO,
        ro: GERMAN_RO,
        roOnNewPage: true,
        meta: {
          header: [
            [
              ['Analysennummer', 50],
              ['OC-25-05102', 140],
              ['Datum der Probenahme', 330],
              ['02.04.2025', 450],
            ],
            [
              ['Analysedatum', 50],
              ['07.04.2025', 140],
              ['Druckdatum', 330],
              ['08.04.2025', 450],
            ],
          ],
        },
      }),
    expected: readable('OCEAMO', 'OC-25-05102', '2025-04-02', GERMAN_OCEAMO, GERMAN_RO),
  },
  {
    name: 'oceamo-compact',
    family: 'Oceamo compact',
    language: 'de',
    pages: 1,
    draw: () =>
      f.oceamoCompact({
        tank: OCEAMO_B,
        meta: {
          header: [
            [
              ['Proben-Nr.: 48213', 50],
              ['Entnahmedatum: 02.04.2025 08:15', 300],
            ],
            [
              ['Auswertung: 05.04.2025', 50],
              ['Gedruckt am 07.04.2025', 300],
            ],
          ],
        },
      }),
    expected: readable('OCEAMO', '48213', '2025-04-02', OCEAMO_B),
  },
  {
    name: 'oceamo-boxed-en-ro',
    family: 'Oceamo boxed (English)',
    language: 'en',
    pages: 2,
    draw: () =>
      f.oceamoBoxed({
        tank: ENGLISH_TRITON,
        ro: ENGLISH_RO,
        meta: {
          header: [
            [['Oceamo Analysis Report No. 51734', 50]],
            [
              ['Sample taken: 03 Apr 2025', 50],
              ['Received: 07 Apr 2025', 300],
            ],
            [['Report printed: 09 Apr 2025', 50]],
          ],
        },
      }),
    expected: readable('OCEAMO', '51734', '2025-04-03', ENGLISH_TRITON, ENGLISH_RO),
  },
  {
    name: 'triton-table-en',
    family: 'Triton table',
    language: 'en',
    pages: 2,
    draw: () =>
      f.tritonTable({
        tank: ENGLISH_TRITON,
        meta: {
          notes: 18,
          header: [
            [
              ['Analysis ID: TR-889231', 50],
              ['Date of analysis: 2025-03-18', 330],
            ],
            [
              ['Date of sampling: 2025-03-14', 50],
              ['Aquarium: Display 600', 330],
            ],
          ],
        },
      }),
    expected: readable('TRITON', 'TR-889231', '2025-03-14', ENGLISH_TRITON),
  },
  {
    name: 'triton-grid-de',
    family: 'Triton grid (German)',
    language: 'de',
    pages: 2,
    draw: () =>
      f.tritonGrid({
        tank: TRITON_DE,
        ro: GERMAN_RO,
        roOnNewPage: true,
        meta: {
          header: [
            [
              ['Analyse-ID: 774512', 50],
              ['Eingang: 18.03.2025', 330],
            ],
            [
              ['Probenahmedatum: 14.03.2025 10:32', 50],
              ['Erstellt: 20.03.2025', 330],
            ],
          ],
        },
      }),
    expected: readable('TRITON', '774512', '2025-03-14', TRITON_DE, GERMAN_RO),
  },
  {
    name: 'triton-ideal-first-ro',
    family: 'Triton ideal first',
    language: 'en',
    pages: 2,
    draw: () =>
      f.tritonIdealFirst({
        tank: ENGLISH_TRITON,
        ro: ENGLISH_RO,
        roOnNewPage: true,
        meta: {
          header: [
            [['Triton Lab ICP-OES analysis', 50]],
            [
              ['Analysis number: 1102934', 50],
              ['Sample date: 14/03/2025', 330],
            ],
            [['Evaluated: 19/03/2025', 50]],
          ],
        },
      }),
    expected: readable('TRITON', '1102934', '2025-03-14', ENGLISH_TRITON, ENGLISH_RO),
  },
  {
    name: 'ati-two-line',
    family: 'ATI two-line',
    language: 'en',
    pages: 2,
    draw: () =>
      f.atiTwoLine({
        tank: ATI_WITH_P,
        meta: {
          header: [
            [
              ['Test ID: 1048577', 50],
              ['Barcode 1048577', 330],
            ],
            [
              ['Created: 03/12/2025', 50],
              ['Arrived in the laboratory: 03/17/2025', 330],
            ],
            [['Evaluated: 03/19/2025', 50]],
          ],
        },
      }),
    expected: readable('ATI', '1048577', '2025-03-12', ENGLISH_ATI),
  },
  {
    name: 'ati-table-ro',
    family: 'ATI table',
    language: 'en',
    pages: 2,
    draw: () =>
      f.atiTable({
        tank: ATI_SECOND,
        ro: ENGLISH_RO,
        roOnNewPage: true,
        meta: {
          header: [
            [
              ['Analysis no.: 2053311', 50],
              ['Sample date: 04/03/2025', 330],
            ],
            [
              ['Received: 04/08/2025', 50],
              ['Printed: 04/14/2025', 330],
            ],
          ],
        },
      }),
    expected: readable('ATI', '2053311', '2025-04-03', ATI_SECOND, ENGLISH_RO),
  },
  {
    name: 'ati-table-de',
    family: 'ATI table',
    language: 'de',
    pages: 2,
    draw: () =>
      f.atiTable(
        {
          tank: ATI_DE,
          meta: {
            notes: 20,
            header: [
              [
                ['Analyse-Nr. 2061187', 50],
                ['Probenahme 03.04.2025', 330],
              ],
              [['Auswertung 09.04.2025', 50]],
            ],
          },
        },
        true,
      ),
    expected: readable('ATI', '2061187', '2025-04-03', ATI_DE),
  },
  {
    name: 'ati-cards-ro',
    family: 'ATI cards',
    language: 'en',
    pages: 2,
    draw: () =>
      f.atiCards({
        tank: ENGLISH_ATI.slice(0, 16),
        ro: ENGLISH_RO,
        meta: {
          header: [
            [['Test ID: 1051320', 50]],
            [
              ['Sample date: 11/04/2025', 50],
              ['Evaluated: 11/19/2025', 330],
            ],
          ],
        },
      }),
    expected: readable('ATI', '1051320', '2025-11-04', ENGLISH_ATI.slice(0, 16), ENGLISH_RO),
  },
  {
    name: 'fauna-marin-table',
    family: 'Fauna Marin table',
    language: 'de',
    pages: 2,
    draw: () =>
      f.faunaMarinTable({
        tank: GERMAN_FAUNA_MARIN,
        meta: {
          notes: 16,
          header: [
            [
              ['Analyse-Nr.: FM-778812', 50],
              ['Eingangsdatum: 18.03.2025', 330],
            ],
            [
              ['Probendatum: 14.03.2025', 50],
              ['Auswertungsdatum: 20.03.2025', 330],
            ],
          ],
        },
      }),
    expected: readable('FAUNA_MARIN', 'FM-778812', '2025-03-14', GERMAN_FAUNA_MARIN),
  },
  {
    name: 'fauna-marin-table-ro',
    family: 'Fauna Marin table',
    language: 'de',
    pages: 2,
    draw: () =>
      f.faunaMarinTable({
        tank: withValues(GERMAN_FAUNA_MARIN, { copper: ['0,45', 0.45] }),
        ro: GERMAN_RO,
        meta: {
          header: [
            [['Auftragsnummer: 2025-11873', 50]],
            [
              ['Probenahme: 3. April 2025', 50],
              ['Druckdatum: 10. April 2025', 330],
            ],
          ],
        },
      }),
    expected: readable('FAUNA_MARIN', '2025-11873', '2025-04-03', withValues(GERMAN_FAUNA_MARIN, { copper: ['0,45', 0.45] }), GERMAN_RO),
  },
  {
    name: 'fauna-marin-setpoint-first',
    family: 'Fauna Marin setpoint first',
    language: 'de',
    pages: 2,
    draw: () =>
      f.faunaMarinSetpointFirst({
        tank: GERMAN_FAUNA_MARIN,
        meta: {
          notes: 16,
          header: [
            [
              ['Analyse-Nr.: FM-781044', 50],
              ['Probendatum: 28.03.2025', 330],
            ],
            [['Berichtsdatum: 02.04.2025', 50]],
          ],
        },
      }),
    expected: readable('FAUNA_MARIN', 'FM-781044', '2025-03-28', GERMAN_FAUNA_MARIN),
  },
  {
    name: 'fauna-marin-english-ro',
    family: 'Fauna Marin English',
    language: 'en',
    pages: 2,
    draw: () =>
      f.faunaMarinEnglish({
        tank: ENGLISH_ATI,
        ro: ENGLISH_RO,
        meta: {
          header: [
            [['Report no. FM-2025-12001', 50]],
            [
              ['Sampling date: 03 April 2025', 50],
              ['Analysis date: 08 April 2025', 330],
            ],
          ],
        },
      }),
    expected: readable('FAUNA_MARIN', 'FM-2025-12001', '2025-04-03', ENGLISH_ATI, ENGLISH_RO),
  },
  {
    name: 'unknown-lab-de',
    family: 'Unknown lab (generic reader)',
    language: 'de',
    pages: 2,
    labHint: 'OCEAMO',
    draw: () =>
      f.unknownLab({
        tank: GERMAN_OCEAMO,
        ro: GERMAN_RO,
        meta: {
          header: [
            [['Prüfbericht Nr. MN-2025-0311', 50]],
            [
              ['Probenahmedatum: 11.03.2025', 50],
              ['Prüfdatum: 13.03.2025', 330],
            ],
          ],
        },
      }),
    expected: readable('OCEAMO', 'MN-2025-0311', '2025-03-11', GERMAN_OCEAMO, GERMAN_RO),
  },
  {
    name: 'unknown-lab-en',
    family: 'Unknown lab (generic reader)',
    language: 'en',
    pages: 2,
    labHint: 'TRITON',
    draw: () =>
      f.unknownLab(
        {
          tank: ENGLISH_TRITON,
          meta: {
            notes: 16,
            header: [
              [['Sample ID: CWA-55120', 50]],
              [
                ['Date sampled: 4/2/2025', 50],
                ['Date reported: 4/9/2025', 330],
              ],
            ],
          },
        },
        true,
      ),
    // An English lab without a locale of its own: numeric dates are read day first (2 April).
    expected: readable('TRITON', 'CWA-55120', '2025-02-04', ENGLISH_TRITON),
  },
];

/** Uploads RaM must refuse, each with its real cause. */
export const BROKEN: readonly CorpusReport[] = [
  {
    name: 'encrypted',
    family: 'broken',
    language: 'de',
    pages: 1,
    draw: () => miniPdf([{ texts: [{ text: 'OCEAMO Analysenbericht', x: 50, y: 780 }] }], { encrypted: true, title: 'Oceamo' }),
    expected: { kind: 'refused', cause: 'ENCRYPTED' },
  },
  {
    name: 'truncated',
    family: 'broken',
    language: 'en',
    pages: 1,
    draw: () => {
      const whole = f.tritonTable({ tank: ENGLISH_TRITON, meta: { header: [[['Analysis ID: TR-1', 50]]] } });
      return whole.slice(0, Math.floor(whole.length * 0.4));
    },
    expected: { kind: 'refused', cause: 'TRUNCATED' },
  },
  {
    name: 'image-only-scan',
    family: 'broken',
    language: 'de',
    pages: 1,
    draw: () => miniPdf([{ texts: [], scan: true }], { title: 'Scan 2025-04-03' }),
    expected: { kind: 'refused', cause: 'IMAGE_ONLY' },
  },
  {
    name: 'invoice',
    family: 'broken',
    language: 'de',
    pages: 1,
    labHint: 'OCEAMO',
    draw: f.invoice,
    expected: { kind: 'refused', cause: 'NOT_ICP' },
  },
  {
    name: 'no-sample-date',
    family: 'broken',
    language: 'de',
    pages: 2,
    draw: () =>
      f.faunaMarinTable({
        tank: GERMAN_FAUNA_MARIN,
        meta: {
          header: [
            [
              ['Analyse-Nr.: FM-790001', 50],
              ['Druckdatum: 02.04.2025', 330],
            ],
            [['Eingangsdatum: 28.03.2025', 50]],
          ],
        },
      }),
    expected: { kind: 'refused', cause: 'NO_SAMPLE_DATE' },
  },
  {
    name: 'copper-twice',
    family: 'broken',
    language: 'en',
    pages: 2,
    draw: () =>
      f.tritonTable({
        tank: [
          ...ENGLISH_TRITON,
          { id: 'copper', name: 'Copper', sym: 'Cu', printed: '3.9', unit: 'µg/l', expect: 3.9, section: 'pollutant' },
        ],
        meta: { header: [[['Analysis ID: TR-889555', 50]], [['Date of sampling: 2025-03-20', 50]]] },
      }),
    expected: { kind: 'refused', cause: 'CONFLICTING_DUPLICATE' },
  },
];
