import type { ExtractedReport, TankMeasurements } from '../../domain/extraction';
import { FixtureLayout, LAB_STYLES, LabStyle } from './lab-styles';
import { FixtureRow, fixtureRows, RowOptions } from './fixture-rows';
import { printFigure } from './printed-figures';
import { Cell, ReportLine, writeReportPdf } from './report-pdf';
import { SeededRandom, seededRandom } from './seeded-random';

export interface IcpFixtureOptions extends RowOptions {
  /** Same seed, same report (values, tank, analysis number, dates). Default 1. */
  readonly seed?: number;
  /** YYYY-MM-DD; null leaves the sample date off the report. */
  readonly sampleDate?: string | null;
  /** null leaves the analysis number off the report. */
  readonly analysisNumber?: string | null;
}

export interface IcpFixture {
  readonly bytes: Uint8Array;
  /** What extraction must return for this PDF, to the last figure. */
  readonly expected: ExtractedReport;
  readonly fileName: string;
}

const TANKS = ['Riffbecken Wohnzimmer', 'Mixed Reef 400', 'SPS Becken Keller', 'Nano Reef 60', 'Reefer 525 XL'];

const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const labelled = (label: string, value: string, x: number): Cell => ({ text: `${label}: ${value}`, x });

function tankOf(style: LabStyle, rng: SeededRandom) {
  const name = rng.pick(TANKS);
  const volume = printFigure(rng.int(12, 90) * 10, style, 0);
  const salinity = printFigure(rng.between(33.5, 35.5), style, 1);
  const alkalinity = printFigure(rng.between(6.5, 9), style, 1);
  const { labels, units } = style;
  const lines: ReportLine[] = [
    { cells: [labelled(labels.tankName, name, 50), labelled(labels.volume, `${volume.text} ${units.volume}`, 330)] },
    {
      cells: [
        labelled(labels.salinity, `${salinity.text} ${units.salinity}`, 50),
        labelled(labels.alkalinity, `${alkalinity.text} ${units.alkalinity}`, 330),
      ],
    },
  ];
  const measured: TankMeasurements = {
    tankName: name,
    volumeLitres: volume.value,
    salinityPpt: salinity.value,
    alkalinityDkh: alkalinity.value,
  };
  return { lines, measured };
}

function columns(style: LabStyle) {
  const value = style.symbolColumn ? 290 : 250;
  return {
    name: 50,
    symbol: 175,
    value,
    unit: value + 15,
    range: style.rangeColumns === 'band' ? [value + 70] : [value + 110, value + 170],
  };
}

function tableLine(
  cells: FixtureRow['cells'] | { name: string; symbol: string; value: string; unit: string; range: readonly string[] },
  style: LabStyle,
  bold = false,
): ReportLine {
  const at = columns(style);
  const ranged = style.rangeColumns === 'band';
  return {
    bold,
    cells: [
      { text: cells.name, x: at.name },
      ...(style.symbolColumn ? [{ text: cells.symbol, x: at.symbol }] : []),
      { text: cells.value, x: at.value, align: 'right' as const },
      { text: cells.unit, x: at.unit },
      ...cells.range.map((text, i) => ({ text, x: at.range[i], align: ranged ? ('left' as const) : ('right' as const) })),
    ].filter((cell) => cell.text !== ''),
  };
}

function columnTitles(style: LabStyle): ReportLine {
  const [name, ...rest] = style.symbolColumn ? style.columns : [style.columns[0], '', ...style.columns.slice(1)];
  const [symbol, value, unit, ...range] = rest;
  return { ...tableLine({ name, symbol, value, unit, range }, style, true), gapBefore: 10 };
}

/**
 * A lab report PDF in the lab's own layout (letterhead, metadata, section headings, value, unit and
 * reference columns, RO/Osmose block, non-detects, the lab's decimal mark) and the report extraction
 * must read from it. Deterministic: the same lab and options give the same bytes.
 *
 * @example
 * const { bytes, expected } = await generateIcpFixture('OCEAMO', { seed: 3, values: { copper: 'not-detected' } });
 */
export async function generateIcpFixture(lab: FixtureLayout, options: IcpFixtureOptions = {}): Promise<IcpFixture> {
  const style = LAB_STYLES[lab];
  const rng = seededRandom(options.seed ?? 1);
  const drawnDate = plusDays('2025-01-06', rng.int(0, 330));
  const sampleDate = options.sampleDate === undefined ? drawnDate : options.sampleDate;
  const drawnNumber = style.analysisNumber(rng, drawnDate);
  const analysisNumber = options.analysisNumber === undefined ? drawnNumber : options.analysisNumber;
  const reportDate = plusDays(drawnDate, rng.int(3, 9));
  const tank = tankOf(style, rng);
  const blocks = fixtureRows(style, rng, options);
  const { labels, letterhead } = style;
  const numberCell = analysisNumber === null ? [] : [labelled(labels.analysisNumber, analysisNumber, 50)];
  const header: ReportLine[] = [
    { cells: [{ text: letterhead[0], x: 50 }], bold: true, size: 16 },
    { cells: [{ text: letterhead[1], x: 50 }], size: 7.5 },
    { cells: [{ text: letterhead[2], x: 50 }], bold: true, size: 12, gapBefore: 8 },
    { cells: [...numberCell, labelled(labels.reportDate, style.formatDate(reportDate), 330)], gapBefore: 8 },
    ...(sampleDate === null ? [] : [{ cells: [labelled(labels.sampleDate, style.formatDate(sampleDate), 50)] }]),
    ...tank.lines,
    columnTitles(style),
  ];
  const body = [...blocks].flatMap(([heading, rows]): ReportLine[] => [
    { cells: [{ text: heading, x: 50 }], bold: true, size: 10, gapBefore: 6 },
    ...rows.map((row) => tableLine(row.cells, style)),
  ]);
  const bytes = await writeReportPdf({
    title: `${letterhead[2]} ${analysisNumber ?? ''}`.trim(),
    author: letterhead[1].split(' \u00b7 ')[0],
    created: new Date(`${plusDays(reportDate, 1)}T08:15:00Z`),
    header,
    continuation: [
      { cells: [{ text: letterhead[0], x: 50 }], bold: true, size: 12 },
      ...(numberCell.length ? [{ cells: numberCell }] : []),
      columnTitles(style),
    ],
    body,
    footer: (page, pages) => ({
      cells: [
        { text: letterhead[1], x: 50 },
        { text: style.pageLabel(page, pages), x: 545, align: 'right' },
      ],
      size: 7,
    }),
  });
  const expected: ExtractedReport = {
    lab: style.panel,
    ...(analysisNumber === null ? {} : { analysisNumber }),
    ...(sampleDate === null ? {} : { sampleDate }),
    tankMeasurements: tank.measured,
    elements: [...blocks.values()].flat().map((row) => row.expected),
    skippedRows: [],
  };
  return { bytes, expected, fileName: `${lab.toLowerCase()}-${(analysisNumber ?? 'report').replace(/[^\w-]+/g, '-')}.pdf` };
}
