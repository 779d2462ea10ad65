import { DRAFT_GUARDRAILS } from '../../domain/drafts';
import type { DraftSuggestionContext } from './draft-suggestion.port';

/** Key of the admin-editable daily-dose draft prompt in the app-config table. */
export const DAILY_DOSE_DRAFT_PROMPT_KEY = 'bedrock_prompt_daily_dose_draft';

const pct = (x: number): string => `${x * 100}%`;

/**
 * The prompt used when app-config has none. Placeholder: {{context}} (the tank, the test, the active
 * program, the catalog, recent dosing, the last draft's outcome and the rules' own plan, as JSON).
 */
export const DEFAULT_DAILY_DOSE_DRAFT_PROMPT = `You help a reef aquarium keeper adjust their DAILY dosing program after an ICP-OES water test.

You get the tank, the evaluated test (value, unit, status and target range per element), the active
dosing program (amount per dosing day and weekdays, Sunday = 0), the dose products of the tank's
method, the average daily amounts dosed over the last ${DRAFT_GUARDRAILS.refillDays} days, whether the last activated draft moved
each element closer to its target, and the plan RaM's rules made ("rulesPlan").

Propose the next program as changes to "rulesPlan". RaM applies fixed limits afterwards, so stay
inside them or your numbers are cut:
- change an amount per dose, or a weekly total, by at most ${pct(DRAFT_GUARDRAILS.maxStep)} per draft (${pct(DRAFT_GUARDRAILS.cautiousStep)} upwards after an
  increase that did not bring the element closer);
- never raise an element that is HIGH or CRITICAL, never lower one that is LOW;
- never start or raise pollutants, nutrients, copper or elements that are never corrected;
- keep every element the active program doses; you may change the amount or the weekdays.

Answer with ONE JSON object and nothing else:
{"suggestions": [{"elementId": string, "amount": number, "unit": "ml", "weekdays": number[], "reason": string}]}
Use the dose product ids ("elementId") from the catalog or the active program. "reason" is one short
sentence for the keeper. Leave out elements you would not change.

Context:
<<<
{{context}}
>>>`;

function contextJson(context: DraftSuggestionContext): string {
  return JSON.stringify({
    tank: { volumeLitres: context.volumeLitres, dosingMethod: context.dosingMethod },
    test: {
      date: context.testDate,
      elements: context.elements.map((e) => ({
        elementId: e.elementId,
        canonical: e.canonical,
        category: e.category,
        value: e.value,
        unit: e.unit,
        status: e.status,
        range: e.range,
      })),
    },
    activeProgram: context.activeProgram,
    catalog: context.catalog.map((p) => ({ elementId: p.elementId, name: p.name, canonical: p.canonical, unit: p.unit })),
    recentDoses: context.recentDoses,
    priorOutcomes: context.priorOutcomes,
    rulesPlan: context.rulesPlan.suggestions.map((s) => ({
      elementId: s.elementId,
      current: s.current,
      suggested: s.suggested,
      reason: s.reason,
    })),
  });
}

/**
 * Fills the draft prompt. A template edited without {{context}} still gets the context appended, so
 * the model never answers without having seen the tank.
 */
export function renderDailyDoseDraftPrompt(template: string, context: DraftSuggestionContext): string {
  const withContext = template.includes('{{context}}') ? template : `${template}\n\nContext:\n{{context}}`;
  return withContext.replace(/\{\{context\}\}/g, () => contextJson(context));
}
