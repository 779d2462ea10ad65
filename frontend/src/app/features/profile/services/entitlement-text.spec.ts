import { entitlementsFactory } from '../../../../testing/factories';
import { allowanceLines, closedReasonText, planStanding } from './entitlement-text';

describe('closedReasonText', () => {
  it.each([
    [
      'TRIAL_EXPIRED',
      { trialEndsAt: '2026-03-08T12:00:00Z' },
      'Your free trial ended on 8 Mar 2026 — choose a plan to keep uploading.',
    ],
    [
      'TRIAL_UPLOADS_USED',
      { limit: 3 },
      "Your trial's 3 ICP uploads are used — choose a plan to keep uploading.",
    ],
    [
      'CHECKOUT_REQUIRED',
      {},
      'Finish checkout to start your plan — until then uploads and reviews are paused.',
    ],
    [
      'SUBSCRIPTION_INACTIVE',
      {},
      'Your subscription is not active — update your payment details to pick up where you left off.',
    ],
    ['PRO_FEATURE', {}, 'Part of Pro — upgrade to use it.'],
  ] as const)('explains %s', (reason, facts, text) => {
    expect(closedReasonText(reason, facts)).toBe(text);
  });

  it('says when Basic’s next upload opens', () => {
    expect(closedReasonText('BASIC_UPLOAD_WINDOW', { retryAt: '2026-03-10T12:00:00Z' })).toMatch(
      /^Basic allows one ICP upload per week; next upload from 10 Mar 2026, \d\d:\d\d\.$/,
    );
  });
});

describe('planStanding', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('counts the trial’s days left', () => {
    expect(
      planStanding(
        entitlementsFactory({ tier: 'TRIAL', trialEndsAt: '2026-03-08T12:00:00Z' }),
        now,
      ),
    ).toEqual({
      title: 'Free Trial',
      detail: 'Every Pro feature until 8 Mar 2026 — 7 days left.',
      needsAction: false,
    });
    expect(
      planStanding(entitlementsFactory({ tier: 'TRIAL', trialEndsAt: '2026-03-01T20:00:00Z' }), now)
        .detail,
    ).toContain('1 day left');
  });

  it('gives the reason once when all access is paused', () => {
    const standing = planStanding(
      entitlementsFactory({
        tier: 'NONE',
        reason: 'TRIAL_EXPIRED',
        trialEndsAt: '2026-02-27T09:00:00Z',
      }),
      now,
    );

    expect(standing).toEqual({
      title: 'No active plan',
      detail: 'Your free trial ended on 27 Feb 2026 — choose a plan to keep uploading.',
      needsAction: true,
    });
  });
});

describe('allowanceLines', () => {
  const text = (lines: ReturnType<typeof allowanceLines>) =>
    Object.fromEntries(lines.map((line) => [line.id, line.text]));

  it('reads a trial with uploads left as open everywhere', () => {
    expect(text(allowanceLines(entitlementsFactory()))).toEqual({
      uploads: '2 of 3 trial uploads left',
      dashboards: 'Unlimited per tank',
      trendWarnings: 'Included',
      projections: 'Included',
      doseResponse: 'Included',
      draftPrograms: 'Included',
    });
  });

  it('explains Basic’s closed upload window and its Pro-only features', () => {
    const pro = { allowed: false, reason: 'PRO_FEATURE' } as const;
    const lines = text(
      allowanceLines(
        entitlementsFactory({
          tier: 'BASIC',
          uploads: {
            allowed: false,
            reason: 'BASIC_UPLOAD_WINDOW',
            limit: 1,
            remaining: 0,
            retryAt: '2026-03-10T12:00:00Z',
          },
          dashboards: { allowed: true, perTankLimit: 1 },
          projections: pro,
          trendWarnings: pro,
          doseResponse: pro,
          draftPrograms: pro,
        }),
      ),
    );

    expect(lines['uploads']).toContain('next upload from 10 Mar 2026');
    expect(lines['dashboards']).toBe('One per tank');
    expect(lines['draftPrograms']).toBe('Part of Pro — upgrade to use it.');
  });

  it('says the trial’s uploads are used up', () => {
    const lines = allowanceLines(
      entitlementsFactory({
        uploads: { allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3, remaining: 0 },
      }),
    );

    expect(lines[0]).toEqual({
      id: 'uploads',
      label: 'ICP uploads',
      allowed: false,
      text: "Your trial's 3 ICP uploads are used — choose a plan to keep uploading.",
    });
  });

  it('keeps each line short when the whole account is paused', () => {
    const closed = { allowed: false, reason: 'SUBSCRIPTION_INACTIVE' } as const;
    const lines = allowanceLines(
      entitlementsFactory({
        tier: 'NONE',
        reason: 'SUBSCRIPTION_INACTIVE',
        uploads: { ...closed, remaining: 0 },
        dashboards: { ...closed, perTankLimit: 0 },
        projections: closed,
        trendWarnings: closed,
        doseResponse: closed,
        draftPrograms: closed,
      }),
    );

    expect(new Set(lines.map((line) => line.text))).toEqual(
      new Set(['Paused until you choose a plan']),
    );
  });
});
