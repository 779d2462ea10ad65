import { fieldsOf, JsonFields, listOf, number, oneOf, text } from '../reference/json-fields';
import { SeedFormatError } from '../reference/seed-errors';
import type { PrintedRow } from './element-rows';
import { ModelOutputError } from './extraction-errors';
import type { ExtractedElement, ExtractedReport, IcpLab, TankMeasurements } from './extraction-types';
import type { ExtractionReference } from './lab-report-parser';
import { toExtractedElement } from './panel-element';
import { withoutUndefined } from './without-undefined';

/** One element as the model read it. */
export interface ModelElement {
  readonly name: string;
  readonly source: 'tank' | 'rodi';
  readonly value: number | null;
  readonly printed: string;
  readonly unit: string;
  readonly detectionLimit?: number;
  readonly low?: number;
  readonly high?: number;
}

/** The JSON report the extraction prompt asks the model for. */
export interface ModelReport {
  readonly analysisNumber?: string;
  readonly sampleDate?: string;
  readonly tank: TankMeasurements;
  readonly elements: readonly ModelElement[];
}

// Models write null for "not on the report"; read it as absent.
const maybe = <T>(f: JsonFields, key: string, read: (f: JsonFields, key: string) => T): T | undefined =>
  f.raw[key] === undefined || f.raw[key] === null ? undefined : read(f, key);

function element(f: JsonFields): ModelElement {
  const value = maybe(f, 'value', number) ?? null;
  return withoutUndefined({
    name: text(f, 'name'),
    source: maybe(f, 'source', (g, k) => oneOf(g, k, ['tank', 'rodi'] as const)) ?? 'tank',
    value,
    printed: maybe(f, 'printed', text) ?? (value === null ? 'n.n.' : String(value)),
    unit: text(f, 'unit'),
    detectionLimit: maybe(f, 'detectionLimit', number),
    low: maybe(f, 'low', number),
    high: maybe(f, 'high', number),
  });
}

function jsonIn(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end < start) throw new ModelOutputError('The model answered without a JSON object');
  try {
    return JSON.parse(reply.slice(start, end + 1));
  } catch (error) {
    throw new ModelOutputError(`The model's JSON does not parse: ${(error as Error).message}`);
  }
}

/**
 * Reads and checks the model's reply: one JSON object (code fences and chatter around it are
 * ignored) with an elements list whose entries each have a name, a unit and a numeric or null value.
 * Anything else throws ModelOutputError.
 *
 * @example parseModelReply('{"elements":[{"name":"Kupfer","value":1.2,"unit":"µg/l"}]}').elements[0].source // 'tank'
 */
export function parseModelReply(reply: string): ModelReport {
  try {
    const f = fieldsOf(jsonIn(reply), 'reply');
    const tank = f.raw.tank === undefined || f.raw.tank === null ? undefined : fieldsOf(f.raw.tank, 'reply.tank');
    return withoutUndefined({
      analysisNumber: maybe(f, 'analysisNumber', text),
      sampleDate: maybe(f, 'sampleDate', text),
      tank: tank
        ? withoutUndefined({
            tankName: maybe(tank, 'name', text),
            volumeLitres: maybe(tank, 'volumeLitres', number),
            salinityPpt: maybe(tank, 'salinityPpt', number),
            alkalinityDkh: maybe(tank, 'alkalinityDkh', number),
          })
        : {},
      elements: listOf(f, 'elements', element),
    });
  } catch (error) {
    if (error instanceof SeedFormatError) throw new ModelOutputError(`The model's report is malformed at ${error.message}`);
    throw error;
  }
}

function printedRow(e: ModelElement): PrintedRow {
  const range = e.low === undefined && e.high === undefined ? undefined : withoutUndefined({ low: e.low, high: e.high });
  return withoutUndefined({
    name: e.name,
    printed: e.printed,
    reading: withoutUndefined({ value: e.value, nonDetect: e.value === null, detectionLimit: e.detectionLimit }),
    unit: e.unit,
    range,
  });
}

/**
 * Maps the model's report onto the lab's panel through the same canon the parsers use. Rows the panel
 * does not know are kept aside as "name printed unit".
 *
 * @example canonicaliseModelReport(parseModelReply(reply), 'OCEAMO', defaultReference()).elements
 */
export function canonicaliseModelReport(model: ModelReport, lab: IcpLab, reference: ExtractionReference): ExtractedReport {
  const elements: ExtractedElement[] = [];
  const skippedRows: string[] = [];
  for (const e of model.elements) {
    const mapped = toExtractedElement(printedRow(e), lab, e.source === 'rodi', reference.canon);
    if (mapped) elements.push(mapped);
    else skippedRows.push(`${e.name} ${e.printed} ${e.unit}`);
  }
  const { analysisNumber, sampleDate, tank } = model;
  return withoutUndefined({ lab, analysisNumber, sampleDate, tankMeasurements: tank, elements, skippedRows });
}
