/**
 * The settings an admin may change at run time (`app-config`), declared once: what each means, its
 * type and its bounds. The console lists exactly these keys, and a save is checked against them, so
 * a typo can never create a setting nothing reads.
 */

export interface IntegerSetting {
  readonly key: string;
  readonly type: 'integer';
  readonly description: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Used while the admin has stored none. */
  readonly defaultValue: number;
}

export interface TemplateSetting {
  readonly key: string;
  readonly type: 'template';
  readonly description: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** Placeholders the feature fills in; a template without one of them would lose that input. */
  readonly placeholders: readonly string[];
}

export type SettingDefinition = IntegerSetting | TemplateSetting;

export const CONFIG_SETTINGS: readonly SettingDefinition[] = [
  {
    key: 'basic_upload_window_minutes',
    type: 'integer',
    description: 'Basic plan: a keeper may upload one ICP report per this many minutes.',
    unit: 'minutes',
    min: 60,
    max: 90 * 24 * 60,
    defaultValue: 7 * 24 * 60,
  },
  {
    key: 'bedrock_prompt_icp_extraction',
    type: 'template',
    description: 'Bedrock prompt for reading ICP reports whose layout no parser knows.',
    minLength: 40,
    maxLength: 20_000,
    placeholders: ['{{lab}}', '{{panel}}', '{{text}}'],
  },
  {
    key: 'bedrock_prompt_reef_review_interpretation',
    type: 'template',
    description: 'Bedrock prompt that rewords Reef Review titles, summaries, findings and actions.',
    minLength: 40,
    maxLength: 20_000,
    placeholders: ['{{review}}'],
  },
  {
    key: 'bedrock_prompt_daily_dose_draft',
    type: 'template',
    description: 'Bedrock prompt for daily-dose suggestions inside the Pro draft program guardrails.',
    minLength: 40,
    maxLength: 20_000,
    placeholders: ['{{context}}'],
  },
];

/** The definition of a key, or undefined when no such setting exists. */
export function settingFor(key: string): SettingDefinition | undefined {
  return CONFIG_SETTINGS.find((s) => s.key === key);
}

export type SettingCheck = { readonly ok: true; readonly value: number | string } | { readonly ok: false; readonly problem: string };

/**
 * Whether a value may be stored under a key, and the value as stored.
 *
 * @example checkSetting('basic_upload_window_minutes', 1440) // { ok: true, value: 1440 }
 * @example checkSetting('basic_upload_window_minutes', 5) // { ok: false, problem: 'basic_upload_window_minutes must be a whole number from 60 to 129600 minutes' }
 */
export function checkSetting(key: string, value: unknown): SettingCheck {
  const setting = settingFor(key);
  if (!setting) return { ok: false, problem: `${key} is not a setting RaM knows` };
  if (setting.type === 'integer') {
    const bounds = `${setting.key} must be a whole number from ${setting.min} to ${setting.max} ${setting.unit}`;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < setting.min || value > setting.max)
      return { ok: false, problem: bounds };
    return { ok: true, value };
  }
  if (typeof value !== 'string') return { ok: false, problem: `${setting.key} must be text` };
  const text = value.trim();
  if (text.length < setting.minLength || text.length > setting.maxLength) {
    return { ok: false, problem: `${setting.key} must be ${setting.minLength} to ${setting.maxLength} characters long` };
  }
  const missing = setting.placeholders.filter((p) => !text.includes(p));
  if (missing.length > 0)
    return { ok: false, problem: `${setting.key} must keep the placeholder${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  return { ok: true, value: text };
}
