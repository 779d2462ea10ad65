import { CONFIG_SETTINGS, checkSetting } from './config-registry';

describe('checkSetting', () => {
  it.each([
    ['a day-long Basic window', 'basic_upload_window_minutes', 1440, { ok: true, value: 1440 }],
    ['the shortest window', 'basic_upload_window_minutes', 60, { ok: true, value: 60 }],
    ['the longest window', 'basic_upload_window_minutes', 129600, { ok: true, value: 129600 }],
    [
      'a window below an hour',
      'basic_upload_window_minutes',
      59,
      { ok: false, problem: 'basic_upload_window_minutes must be a whole number from 60 to 129600 minutes' },
    ],
    [
      'a window above 90 days',
      'basic_upload_window_minutes',
      129601,
      { ok: false, problem: 'basic_upload_window_minutes must be a whole number from 60 to 129600 minutes' },
    ],
    [
      'a fractional window',
      'basic_upload_window_minutes',
      90.5,
      { ok: false, problem: 'basic_upload_window_minutes must be a whole number from 60 to 129600 minutes' },
    ],
    [
      'a window as text',
      'basic_upload_window_minutes',
      '1440',
      { ok: false, problem: 'basic_upload_window_minutes must be a whole number from 60 to 129600 minutes' },
    ],
    ['an unknown key', 'basic_upload_window_hours', 24, { ok: false, problem: 'basic_upload_window_hours is not a setting RaM knows' }],
    [
      'a prompt as a number',
      'bedrock_prompt_reef_review_interpretation',
      5,
      { ok: false, problem: 'bedrock_prompt_reef_review_interpretation must be text' },
    ],
    [
      'a prompt that is too short',
      'bedrock_prompt_reef_review_interpretation',
      'Reword {{review}}',
      { ok: false, problem: 'bedrock_prompt_reef_review_interpretation must be 40 to 20000 characters long' },
    ],
    [
      'a prompt that drops its placeholder',
      'bedrock_prompt_reef_review_interpretation',
      'Reword the review below in a friendly, precise tone for a reef keeper.',
      { ok: false, problem: 'bedrock_prompt_reef_review_interpretation must keep the placeholder {{review}}' },
    ],
    [
      'an extraction prompt that drops two placeholders',
      'bedrock_prompt_icp_extraction',
      'Read this ICP report of the lab {{lab}} and answer with JSON only, nothing else.',
      { ok: false, problem: 'bedrock_prompt_icp_extraction must keep the placeholders {{panel}}, {{text}}' },
    ],
    [
      'a prompt with surrounding blanks',
      'bedrock_prompt_daily_dose_draft',
      '  Suggest daily doses for this tank from {{context}}, as JSON only.  ',
      { ok: true, value: 'Suggest daily doses for this tank from {{context}}, as JSON only.' },
    ],
  ])('%s', (_label, key, value, expected) => {
    expect(checkSetting(key, value)).toEqual(expected);
  });

  it('declares every key once, with a description', () => {
    const keys = CONFIG_SETTINGS.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(CONFIG_SETTINGS.every((s) => s.description.length > 10)).toBe(true);
  });
});
