import { Sheet } from './sheet';
import type { Row } from './rows';

// The layout families of the corpus, modelled on how each lab's public reports are described:
// column orders, label words, date and number habits, section names. Every family draws the rows
// it is given; none knows what the reader will do with them.

export interface Meta {
  /** Lines printed above the table, left to right, each a list of [text, x]. */
  readonly header: readonly (readonly [string, number][])[];
  /** Lines of sampling notes printed before the table, so that the table runs onto a second page. */
  readonly notes?: number;
}

const NOTE_DE = 'Hinweis zur Probenahme: Probe 24 h vor Versand entnommen, ungekühlt versandt, Flasche vollständig gefüllt.';
const NOTE_EN = 'Sampling note: sample taken 24 h before shipping, sent at room temperature, bottle filled to the top.';

export interface Drawing {
  readonly tank: readonly Row[];
  readonly ro?: readonly Row[];
  readonly meta: Meta;
  /** Force the RO block onto a page of its own (a two-page report). */
  readonly roOnNewPage?: boolean;
}

const SECTION_DE = { major: 'Mengenelemente', trace: 'Spurenelemente', pollutant: 'Schadstoffe', nutrient: 'Nährstoffe' } as const;
const SECTION_EN = { major: 'Major elements', trace: 'Trace elements', pollutant: 'Pollutants', nutrient: 'Nutrients' } as const;

function drawMeta(sheet: Sheet, meta: Meta): void {
  for (const line of meta.header)
    sheet.line(
      line.map(([text, x]) => ({ text, x, size: 9 })),
      { height: 12 },
    );
  const german = meta.header.flat().some(([text]) => /[äöü]|nahme|datum|Nr\./i.test(text));
  for (let i = 0; i < (meta.notes ?? 0); i++) sheet.line([{ text: german ? NOTE_DE : NOTE_EN, x: 50, size: 8 }], { height: 11 });
  sheet.space(8);
}

function bySection(rows: readonly Row[]): [Row['section'], Row[]][] {
  const order: Row['section'][] = [];
  const groups = new Map<Row['section'], Row[]>();
  for (const row of rows) {
    if (!groups.has(row.section)) {
      order.push(row.section);
      groups.set(row.section, []);
    }
    groups.get(row.section)!.push(row);
  }
  return order.map((s) => [s, groups.get(s)!]);
}

const footer = (word: string, of: string) => (page: number, pages: number) => [{ text: `${word} ${page} ${of} ${pages}`, x: 500, size: 7 }];

/** Oceamo A: Element | Symbol | Messwert | Einheit | Referenzbereich, German sections, Osmosewasser block. */
export function oceamoTable(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Seite', 'von'));
  sheet.line(
    [
      { text: 'OCEAMO', x: 50, size: 16, bold: true },
      { text: 'Labor für Meerwasseranalytik', x: 360, size: 8 },
    ],
    { height: 20 },
  );
  sheet.line([{ text: 'ICP-OES Analysenbericht', x: 50, size: 12, bold: true }], { height: 18 });
  drawMeta(sheet, d.meta);
  const columns = (s: Sheet) =>
    s.line(
      [
        { text: 'Element', x: 50, bold: true },
        { text: 'Symbol', x: 190, bold: true },
        { text: 'Messwert', x: 320, align: 'right', bold: true },
        { text: 'Einheit', x: 335, bold: true },
        { text: 'Referenzbereich', x: 420, bold: true },
      ],
      { height: 16 },
    );
  sheet.continueWith((s) => {
    s.line(
      [
        { text: 'OCEAMO', x: 50, size: 10, bold: true },
        { text: 'Fortsetzung', x: 130, size: 8 },
      ],
      { height: 14 },
    );
    columns(s);
  });
  columns(sheet);
  const row = (r: Row) =>
    sheet.line([
      { text: r.name, x: 50 },
      { text: r.sym, x: 190 },
      { text: r.printed, x: 320, align: 'right' },
      { text: r.unit, x: 335 },
      { text: r.ref ?? '', x: 420 },
    ]);
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: SECTION_DE[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    rows.forEach(row);
  }
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    sheet.line([{ text: 'Osmosewasser', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    d.ro.forEach(row);
  }
  sheet.line([{ text: 'Berichtsdatum und Unterschrift siehe Deckblatt. Werte beziehen sich auf die eingesandte Probe.', x: 50, size: 7 }], {
    gap: 14,
  });
  return sheet.pdf({ title: 'Oceamo Analysenbericht' });
}

/** Oceamo B: "Kupfer (Cu)" names, value and unit in one cell, setpoint, deviation in % and a status word. */
export function oceamoCompact(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Seite', '/'));
  sheet.line(
    [
      { text: 'oceamo', x: 50, size: 18, bold: true },
      { text: 'Wasseranalyse ICP-OES', x: 400, size: 9 },
    ],
    { height: 22 },
  );
  drawMeta(sheet, d.meta);
  sheet.line(
    [
      { text: 'Parameter', x: 50, bold: true },
      { text: 'Ergebnis', x: 260, align: 'right', bold: true },
      { text: 'Sollwert', x: 330, bold: true },
      { text: 'Abw. %', x: 450, align: 'right', bold: true },
      { text: 'Bewertung', x: 470, bold: true },
    ],
    { height: 16 },
  );
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: `${SECTION_DE[section]}`, x: 50, bold: true, size: 10 }], { gap: 5, height: 14 });
    for (const r of rows) {
      sheet.line([
        { text: `${r.name} (${r.sym})`, x: 50 },
        { text: `${r.printed} ${r.unit}`, x: 260, align: 'right' },
        { text: r.ref ?? '', x: 330 },
        { text: r.expect === null ? '' : '+3', x: 450, align: 'right' },
        { text: r.expect === null ? '–' : 'im Bereich', x: 470 },
      ]);
    }
  }
  return sheet.pdf({ title: 'oceamo Wasseranalyse' });
}

/** Oceamo C (English): unit only in the section heading, symbol in a box left of the name, target and deviation. */
export function oceamoBoxed(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Page', 'of'));
  drawMeta(sheet, d.meta);
  const headingUnit = (rows: Row[]) => rows[0].unit;
  const boxedRow = (r: Row) =>
    sheet.line(
      [
        { text: r.sym, x: 52, size: 8, bold: true },
        { text: r.name, x: 78 },
        { text: r.printed, x: 300, align: 'right' },
        { text: r.ref ?? '', x: 360 },
        { text: r.expect === null ? '' : '0 %', x: 480 },
      ],
      { boxes: [{ x: 48, width: 22, height: 12 }], height: 15 },
    );
  for (const [section, rows] of bySection(d.tank)) {
    // A section whose rows change unit is split: one heading per unit, the way the lab prints it.
    const units = [...new Set(rows.map((r) => r.unit))];
    for (const unit of units) {
      const part = rows.filter((r) => r.unit === unit);
      sheet.line([{ text: `${SECTION_EN[section]} (${headingUnit(part)})`, x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
      sheet.line(
        [
          { text: 'Result', x: 300, align: 'right', size: 7 },
          { text: 'Target', x: 360, size: 7 },
          { text: 'Deviation', x: 480, size: 7 },
        ],
        { height: 10 },
      );
      part.forEach(boxedRow);
    }
  }
  if (d.ro) {
    sheet.line([{ text: `RO water (${d.ro[0].unit})`, x: 50, bold: true, size: 10 }], { gap: 8, height: 14 });
    d.ro.filter((r) => r.unit === d.ro![0].unit).forEach(boxedRow);
    const rest = d.ro.filter((r) => r.unit !== d.ro![0].unit);
    if (rest.length) {
      sheet.line([{ text: `RO water (${rest[0].unit})`, x: 50, bold: true, size: 10 }], { gap: 8, height: 14 });
      rest.forEach(boxedRow);
    }
  }
  return sheet.pdf({ title: 'Oceamo analysis report' });
}

/** Triton A (English): Symbol | Element | Result | Unit | Recommended, thousands with commas. */
export function tritonTable(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Page', 'of'));
  sheet.line(
    [
      { text: 'TRITON', x: 50, size: 16, bold: true },
      { text: 'Lab · ICP-OES water analysis', x: 150, size: 9 },
    ],
    { height: 22 },
  );
  drawMeta(sheet, d.meta);
  const titles = ['Symbol', 'Element', 'Result', 'Unit', 'Recommended', 'Status'];
  const columns = (s: Sheet) =>
    s.line(
      [
        { text: titles[0], x: 50, bold: true },
        { text: titles[1], x: 100, bold: true },
        { text: titles[2], x: 290, align: 'right', bold: true },
        { text: titles[3], x: 305, bold: true },
        { text: titles[4], x: 370, bold: true },
        { text: titles[5], x: 490, bold: true },
      ],
      { height: 16 },
    );
  sheet.continueWith((s) => {
    s.line([{ text: 'TRITON', x: 50, size: 10, bold: true }], { height: 14 });
    columns(s);
  });
  columns(sheet);
  const sections = { major: 'Major elements', trace: 'Trace elements', pollutant: 'Heavy metals', nutrient: 'Nutrients' };
  const row = (r: Row) =>
    sheet.line([
      { text: r.sym, x: 50 },
      { text: r.name, x: 100 },
      { text: r.printed, x: 290, align: 'right' },
      { text: r.unit, x: 305 },
      { text: r.ref ?? '', x: 370 },
      { text: r.expect === null ? '' : 'OK', x: 490 },
    ]);
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: sections[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    rows.forEach(row);
  }
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    sheet.line([{ text: 'Osmosis water', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    d.ro.forEach(row);
  }
  return sheet.pdf({ title: 'Triton ICP-OES' });
}

/** Triton C: "Iron (Fe)" names, Ideal before the result, unit after it. */
export function tritonIdealFirst(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Page', 'of'));
  sheet.line([{ text: 'Triton Lab', x: 50, size: 15, bold: true }], { height: 22 });
  drawMeta(sheet, d.meta);
  const columns = (s: Sheet) =>
    s.line(
      [
        { text: 'Element', x: 50, bold: true },
        { text: 'Ideal', x: 240, align: 'right', bold: true },
        { text: 'Your value', x: 330, align: 'right', bold: true },
        { text: 'Unit', x: 345, bold: true },
        { text: 'Deviation', x: 470, align: 'right', bold: true },
      ],
      { height: 16 },
    );
  sheet.continueWith((s) => columns(s));
  columns(sheet);
  const row = (r: Row) =>
    sheet.line([
      { text: `${r.name} (${r.sym})`, x: 50 },
      { text: (r.ref ?? '').replace(/^<\s*/, '').split(' - ')[0], x: 240, align: 'right' },
      { text: r.printed, x: 330, align: 'right' },
      { text: r.unit, x: 345 },
      { text: r.expect === null ? '' : '-2 %', x: 470, align: 'right' },
    ]);
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: SECTION_EN[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    rows.forEach(row);
  }
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    sheet.line([{ text: 'Osmosis water', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    d.ro.forEach(row);
  }
  return sheet.pdf({ title: 'Triton Lab report' });
}

/** ATI A: symbol line with value, unit and a status word; the element's name and ideal value in small type beneath. */
export function atiTwoLine(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Page', '/'));
  sheet.line(
    [
      { text: 'ATI', x: 50, size: 18, bold: true },
      { text: 'Aquaristik · ICP-OES Lab', x: 95, size: 9 },
    ],
    { height: 24 },
  );
  drawMeta(sheet, d.meta);
  const block = (title: string, rows: readonly Row[]) => {
    sheet.line([{ text: title, x: 50, bold: true, size: 12 }], { gap: 8, height: 16 });
    for (const [section, part] of bySection(rows)) {
      sheet.line(
        [
          { text: SECTION_EN[section], x: 50, bold: true, size: 10 },
          { text: 'Score 92', x: 460, size: 9 },
        ],
        { gap: 6, height: 14 },
      );
      for (const r of part) {
        sheet.line([
          { text: r.sym, x: 50, bold: true },
          { text: r.printed, x: 220, align: 'right' },
          { text: r.unit, x: 230 },
          { text: r.expect === null ? '' : 'NORMAL', x: 300 },
        ]);
        sheet.line(
          [
            { text: r.name, x: 50, size: 7 },
            { text: `Ideal ${r.ref ?? ''}`, x: 190, size: 7 },
          ],
          { height: 10 },
        );
      }
    }
  };
  block('Results of Salt water', d.tank);
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    block('Results of Osmosis water', d.ro);
  }
  return sheet.pdf({ title: 'ATI ICP-OES' });
}

/** ATI B: one line per element, name then symbol in a column, value, unit, status and ideal. */
export function atiTable(d: Drawing, german = false): Uint8Array {
  const sheet = new Sheet(70, german ? footer('Seite', 'von') : footer('Page', 'of'));
  sheet.line(
    [
      { text: 'ATI', x: 50, size: 18, bold: true },
      { text: german ? 'ICP-OES Analyse' : 'ICP-OES Analysis', x: 95, size: 9 },
    ],
    { height: 24 },
  );
  drawMeta(sheet, d.meta);
  const titles = german ? ['Element', '', 'Wert', 'Einheit', 'Bewertung', 'Ideal'] : ['Element', '', 'Value', 'Unit', 'Rating', 'Ideal'];
  const columns = (s: Sheet) =>
    s.line(
      [
        { text: titles[0], x: 50, bold: true },
        { text: titles[2], x: 260, align: 'right', bold: true },
        { text: titles[3], x: 275, bold: true },
        { text: titles[4], x: 340, bold: true },
        { text: titles[5], x: 470, bold: true },
      ],
      { height: 16 },
    );
  sheet.continueWith((s) => {
    s.line([{ text: 'ATI', x: 50, size: 10, bold: true }], { height: 14 });
    columns(s);
  });
  const block = (title: string, rows: readonly Row[]) => {
    sheet.line([{ text: title, x: 50, bold: true, size: 12 }], { gap: 8, height: 16 });
    columns(sheet);
    for (const r of rows) {
      sheet.line(
        [
          { text: r.name, x: 50 },
          { text: r.sym, x: german ? 172 : 150, size: 8 },
          { text: r.printed, x: 260, align: 'right' },
          { text: r.unit, x: 275 },
          { text: r.expect === null ? '' : german ? 'normal' : 'NORMAL', x: 340 },
          { text: r.ref ?? '', x: 470 },
        ],
        german ? { boxes: [{ x: 168, width: 20, height: 11 }] } : {},
      );
    }
  };
  block(german ? 'Ergebnisse Meerwasser' : 'Results of Salt water', d.tank);
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    block(german ? 'Ergebnisse Osmosewasser' : 'Results of Osmosis water', d.ro);
  }
  return sheet.pdf({ title: 'ATI Lab' });
}

/** Fauna Marin A: Element | Messwert | Einheit | Sollwert | Abweichung, German, "n.g." non-detects. */
export function faunaMarinTable(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Seite', 'von'));
  sheet.line(
    [
      { text: 'Fauna Marin', x: 50, size: 16, bold: true },
      { text: 'Reef ICP Analyse', x: 420, size: 10 },
    ],
    { height: 22 },
  );
  drawMeta(sheet, d.meta);
  const columns = (s: Sheet) =>
    s.line(
      [
        { text: 'Element', x: 50, bold: true },
        { text: 'Messwert', x: 250, align: 'right', bold: true },
        { text: 'Einheit', x: 262, bold: true },
        { text: 'Sollwert', x: 380, align: 'right', bold: true },
        { text: 'Abweichung', x: 480, align: 'right', bold: true },
      ],
      { height: 16 },
    );
  sheet.continueWith((s) => {
    s.line([{ text: 'Fauna Marin · Reef ICP', x: 50, size: 9, bold: true }], { height: 14 });
    columns(s);
  });
  columns(sheet);
  const sections = { major: 'Makroelemente', trace: 'Spurenelemente', pollutant: 'Schwermetalle', nutrient: 'Nährstoffe' };
  const row = (r: Row) =>
    sheet.line([
      { text: r.name, x: 50 },
      { text: r.printed, x: 250, align: 'right' },
      { text: r.unit, x: 262 },
      { text: r.ref ?? '', x: 380, align: 'right' },
      { text: r.expect === null ? '' : '-1,2 %', x: 480, align: 'right' },
    ]);
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: sections[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    rows.forEach(row);
  }
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    sheet.line([{ text: 'Osmosewasser', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    d.ro.forEach(row);
  }
  return sheet.pdf({ title: 'Fauna Marin Reef ICP' });
}

/** Fauna Marin B: Sollwert before the Ist-Wert, symbol in its own column, a dose recommendation column. */
export function faunaMarinSetpointFirst(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Seite', 'von'));
  sheet.line(
    [
      { text: 'FAUNA MARIN', x: 50, size: 15, bold: true },
      { text: 'Lab ICP-OES', x: 210, size: 10 },
    ],
    { height: 22 },
  );
  drawMeta(sheet, d.meta);
  const columns = (s: Sheet) =>
    s.line(
      [
        { text: 'Element', x: 50, bold: true },
        { text: 'Symbol', x: 150, bold: true },
        { text: 'Sollwert', x: 250, align: 'right', bold: true },
        { text: 'Ist-Wert', x: 320, align: 'right', bold: true },
        { text: 'Einheit', x: 332, bold: true },
        { text: 'Empfehlung', x: 400, bold: true },
      ],
      { height: 16 },
    );
  sheet.continueWith((s) => columns(s));
  columns(sheet);
  const sections = { major: 'Makroelemente', trace: 'Spurenelemente', pollutant: 'Schadstoffe', nutrient: 'Nährstoffe' };
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: sections[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    for (const r of rows) {
      sheet.line([
        { text: r.name, x: 50 },
        { text: r.sym, x: 150 },
        { text: (r.ref ?? '').replace(/^<\s*/, ''), x: 250, align: 'right' },
        { text: r.printed, x: 320, align: 'right' },
        { text: r.unit, x: 332 },
        { text: r.expect !== null && r.id === 'iodine' ? '3 ml Iodine täglich' : '', x: 400 },
      ]);
    }
  }
  return sheet.pdf({ title: 'Fauna Marin Lab ICP-OES' });
}

/** Fauna Marin C (English): value and unit in one cell, "RO water" block, "Heavy metals". */
export function faunaMarinEnglish(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Page', 'of'));
  sheet.line(
    [
      { text: 'Fauna Marin', x: 50, size: 16, bold: true },
      { text: 'Lab ICP-OES Analysis', x: 380, size: 10 },
    ],
    { height: 22 },
  );
  drawMeta(sheet, d.meta);
  const sections = { major: 'Macro elements', trace: 'Trace elements', pollutant: 'Heavy metals', nutrient: 'Nutrients' };
  const row = (r: Row) =>
    sheet.line([
      { text: r.name, x: 50 },
      { text: r.sym, x: 160 },
      { text: `${r.printed} ${r.unit}`, x: 300, align: 'right' },
      { text: r.ref ? `Target ${r.ref}` : '', x: 340 },
    ]);
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: sections[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    rows.forEach(row);
  }
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    sheet.line([{ text: 'RO water', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    d.ro.forEach(row);
  }
  return sheet.pdf({ title: 'Fauna Marin Lab' });
}

/** A lab no profile knows: German, "Element (Symbol)" names, value, unit, "Richtwert". */
export function unknownLab(d: Drawing, english = false): Uint8Array {
  const sheet = new Sheet(70);
  sheet.line([{ text: english ? 'Coral Water Analytics Ltd' : 'Meerwasserlabor Nord', x: 50, size: 15, bold: true }], { height: 22 });
  drawMeta(sheet, d.meta);
  sheet.line(
    [
      { text: english ? 'Parameter' : 'Parameter', x: 50, bold: true },
      { text: english ? 'Value' : 'Wert', x: 280, align: 'right', bold: true },
      { text: english ? 'Unit' : 'Einheit', x: 292, bold: true },
      { text: english ? 'Guide value' : 'Richtwert', x: 380, bold: true },
    ],
    { height: 16 },
  );
  const row = (r: Row) =>
    sheet.line([
      { text: `${r.name} (${r.sym})`, x: 50 },
      { text: r.printed, x: 280, align: 'right' },
      { text: r.unit, x: 292 },
      { text: r.ref ?? '', x: 380 },
    ]);
  const heading = english
    ? { major: 'Macro elements', trace: 'Trace elements', pollutant: 'Contaminants', nutrient: 'Nutrients' }
    : { major: 'Hauptbestandteile', trace: 'Spurenstoffe', pollutant: 'Belastungen', nutrient: 'Nährstoffe' };
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: heading[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    rows.forEach(row);
  }
  if (d.ro) {
    sheet.line([{ text: english ? 'Reverse osmosis water' : 'Osmosewasser', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    d.ro.forEach(row);
  }
  return sheet.pdf({ title: 'Analysis' });
}

/** Not an ICP report at all: a shop's invoice that mentions salt and a test kit. */
export function invoice(): Uint8Array {
  const sheet = new Sheet(70);
  sheet.line([{ text: 'Riffshop Beispielstadt', x: 50, size: 15, bold: true }], { height: 22 });
  sheet.line([
    { text: 'Rechnung Nr. 2025-0412', x: 50 },
    { text: 'Datum: 03.04.2025', x: 400 },
  ]);
  sheet.space(10);
  sheet.line([
    { text: 'Artikel', x: 50, bold: true },
    { text: 'Menge', x: 300, bold: true },
    { text: 'Preis', x: 480, align: 'right', bold: true },
  ]);
  sheet.line([
    { text: 'Meersalz 20 kg', x: 50 },
    { text: '1', x: 300 },
    { text: '59,90 EUR', x: 480, align: 'right' },
  ]);
  sheet.line([
    { text: 'Kupfer Test', x: 50 },
    { text: '1', x: 300 },
    { text: '12,50 EUR', x: 480, align: 'right' },
  ]);
  sheet.line([
    { text: 'Versand', x: 50 },
    { text: '1', x: 300 },
    { text: '4,90 EUR', x: 480, align: 'right' },
  ]);
  sheet.line(
    [
      { text: 'Summe', x: 50, bold: true },
      { text: '77,30 EUR', x: 480, align: 'right', bold: true },
    ],
    { gap: 8 },
  );
  return sheet.pdf({ title: 'Rechnung' });
}

/** Triton B (German): two elements side by side on each printed line, "Name (Symbol)", value, unit. */
export function tritonGrid(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Seite', 'von'));
  sheet.line(
    [
      { text: 'TRITON', x: 50, size: 16, bold: true },
      { text: 'Labor · ICP-OES Wasseranalyse', x: 150, size: 9 },
    ],
    { height: 22 },
  );
  drawMeta(sheet, d.meta);
  const sections = { major: 'Hauptelemente', trace: 'Spurenelemente', pollutant: 'Schwermetalle', nutrient: 'Nährstoffe' };
  const cell = (r: Row, x: number) => [
    { text: `${r.name} (${r.sym})`, x },
    { text: r.printed, x: x + 170, align: 'right' as const },
    { text: r.unit, x: x + 178 },
  ];
  const grid = (rows: readonly Row[]) => {
    for (let i = 0; i < rows.length; i += 2) sheet.line([...cell(rows[i], 50), ...(rows[i + 1] ? cell(rows[i + 1], 310) : [])]);
  };
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: sections[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    grid(rows);
  }
  if (d.ro) {
    if (d.roOnNewPage) sheet.newPage();
    sheet.line([{ text: 'Osmosewasser', x: 50, bold: true, size: 10 }], { gap: 10, height: 14 });
    grid(d.ro);
  }
  return sheet.pdf({ title: 'Triton Auswertung' });
}

/** ATI C: one card per element: name and symbol, then "Your value" and "Ideal value" lines beneath. */
export function atiCards(d: Drawing): Uint8Array {
  const sheet = new Sheet(70, footer('Page', 'of'));
  sheet.line(
    [
      { text: 'ATI Lab', x: 50, size: 18, bold: true },
      { text: 'ICP-OES water analysis', x: 150, size: 9 },
    ],
    { height: 24 },
  );
  drawMeta(sheet, d.meta);
  const cards = (rows: readonly Row[]) => {
    for (const r of rows) {
      sheet.line(
        [
          { text: r.name, x: 50, bold: true },
          { text: r.sym, x: 250, size: 8 },
        ],
        { gap: 4, boxes: [{ x: 246, width: 20, height: 11 }] },
      );
      sheet.line(
        [
          { text: 'Your value:', x: 60, size: 8 },
          { text: `${r.printed} ${r.unit}`, x: 200, align: 'right', size: 8 },
        ],
        { height: 10 },
      );
      sheet.line(
        [
          { text: 'Ideal value:', x: 60, size: 8 },
          { text: `${r.ref ?? '-'} ${r.unit}`, x: 200, align: 'right', size: 8 },
        ],
        { height: 10 },
      );
    }
  };
  sheet.line([{ text: 'Results of Salt water', x: 50, bold: true, size: 12 }], { gap: 8, height: 16 });
  for (const [section, rows] of bySection(d.tank)) {
    sheet.line([{ text: SECTION_EN[section], x: 50, bold: true, size: 10 }], { gap: 6, height: 14 });
    cards(rows);
  }
  if (d.ro) {
    sheet.newPage();
    sheet.line([{ text: 'Results of Osmosis water', x: 50, bold: true, size: 12 }], { gap: 8, height: 16 });
    cards(d.ro);
  }
  return sheet.pdf({ title: 'ATI Lab app export' });
}
