import { CONFIG_SETTINGS, checkSetting } from '../../src/domain/admin';
import { DEFAULT_DAILY_DOSE_DRAFT_PROMPT, DAILY_DOSE_DRAFT_PROMPT_KEY } from '../../src/modules/drafts';
import { DEFAULT_ICP_EXTRACTION_PROMPT, ICP_EXTRACTION_PROMPT_KEY } from '../../src/modules/extraction';
import { DEFAULT_REVIEW_WORDING_PROMPT, REVIEW_WORDING_PROMPT_KEY } from '../../src/modules/reviews/review-wording';
import { APP_CONFIG_DEFAULTS } from '../../src/modules/platform/app-config.repository';

describe('the config registry against the features that read app-config', () => {
  it.each([
    [ICP_EXTRACTION_PROMPT_KEY, DEFAULT_ICP_EXTRACTION_PROMPT],
    [REVIEW_WORDING_PROMPT_KEY, DEFAULT_REVIEW_WORDING_PROMPT],
    [DAILY_DOSE_DRAFT_PROMPT_KEY, DEFAULT_DAILY_DOSE_DRAFT_PROMPT],
  ])('registers %s, and its feature default passes its own check', (key, fallback) => {
    expect(checkSetting(key, fallback)).toEqual({ ok: true, value: fallback.trim() });
  });

  it('registers every numeric setting with the default the feature falls back to', () => {
    for (const [key, value] of Object.entries(APP_CONFIG_DEFAULTS)) {
      expect(CONFIG_SETTINGS.find((s) => s.key === key)).toMatchObject({ type: 'integer', defaultValue: value });
    }
  });
});
