import type { TestElementSeed } from '../../domain/reference/seed-types';

/** Key of the admin-editable extraction prompt in the app-config table. */
export const ICP_EXTRACTION_PROMPT_KEY = 'bedrock_prompt_icp_extraction';

/**
 * The prompt used when app-config has none. Placeholders: {{lab}} (the keeper's lab choice),
 * {{panel}} (that lab's elements and units) and {{text}} (the report text, columns tab-separated).
 */
export const DEFAULT_ICP_EXTRACTION_PROMPT = `You read ICP-OES water analysis reports for reef aquariums and return their content as JSON.

The keeper says the report comes from the lab {{lab}}. That lab reports these elements (name: names it prints [unit]):
{{panel}}

Answer with ONE JSON object and nothing else, shaped like this:
{"analysisNumber": string | null, "sampleDate": "YYYY-MM-DD" | null,
 "tank": {"name": string | null, "volumeLitres": number | null, "salinityPpt": number | null, "alkalinityDkh": number | null},
 "elements": [{"name": string, "source": "tank" | "rodi", "value": number | null, "printed": string, "unit": string,
   "detectionLimit": number | null, "low": number | null, "high": number | null}]}

Rules:
- One entry per element row of the report, in the printed order. Copy "name", "printed" (the value cell) and "unit" exactly as printed; do not translate names or convert units.
- "value" is the printed number with a point as decimal mark ("1,23" is 1.23; "10.780" in a German report is 10780). It is null when the row says the element was not detected ("n.n.", "n.b.", "n.g.", "n.d.", "---", "< x"); for "< x" put x in "detectionLimit".
- Rows under an RO, Osmose, osmosis water or top-off water heading have "source": "rodi"; every other row "tank".
- "low" and "high" are the row's printed reference range; null where the row prints none.
- "sampleDate" is the day the water was sampled: not the report, print, received or PDF date. Null if the report does not say.
- Never add a row, value or date that is not in the text.

Report text (columns separated by tabs):
<<<
{{text}}
>>>`;

function panelLines(rows: readonly TestElementSeed[]): string {
  return rows
    .map((row) => `- ${row.name}: ${row.aliases.join(', ')} [${row.unit}${row.reportedAs ? ` ${row.reportedAs}` : ''}]`)
    .join('\n');
}

/**
 * Fills the extraction prompt. A template edited without {{text}} still gets the report appended,
 * so the model never answers without having seen it.
 *
 * @example renderIcpPrompt(DEFAULT_ICP_EXTRACTION_PROMPT, { lab: 'OCEAMO', panel: rows, text })
 */
export function renderIcpPrompt(
  template: string,
  values: { readonly lab: string; readonly panel: readonly TestElementSeed[]; readonly text: string },
): string {
  const withText = template.includes('{{text}}') ? template : `${template}\n\nReport text:\n{{text}}`;
  const fills: Readonly<Record<string, string>> = { lab: values.lab, panel: panelLines(values.panel), text: values.text };
  return withText.replace(/\{\{(lab|panel|text)\}\}/g, (_, key: string) => fills[key]);
}
