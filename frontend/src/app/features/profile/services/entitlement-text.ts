import { ClosedReason, Entitlements, Gate } from '../../../core/profile/profile.model';

const DAY_MS = 86_400_000;
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dayAndTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The plan line at the top of "Plan & limits": what the keeper has and for how long. */
export interface PlanStanding {
  readonly title: string;
  readonly detail: string;
  readonly needsAction: boolean;
}

/** One allowance, in words: what it is, whether it is open, and what that means today. */
export interface AllowanceLine {
  readonly id: string;
  readonly label: string;
  readonly allowed: boolean;
  readonly text: string;
}

interface ReasonFacts {
  readonly limit?: number;
  readonly retryAt?: string;
  readonly trialEndsAt?: string;
}

/**
 * Why a gate is closed, in the keeper's words.
 *
 * @example closedReasonText('TRIAL_UPLOADS_USED', { limit: 3 });
 * // "Your trial's 3 ICP uploads are used — choose a plan to keep uploading."
 */
export function closedReasonText(
  reason: ClosedReason | undefined,
  facts: ReasonFacts = {},
): string {
  switch (reason) {
    case 'TRIAL_EXPIRED':
      return facts.trialEndsAt
        ? `Your free trial ended on ${day.format(new Date(facts.trialEndsAt))} — choose a plan to keep uploading.`
        : 'Your free trial has ended — choose a plan to keep uploading.';
    case 'TRIAL_UPLOADS_USED':
      return `Your trial's ${facts.limit ?? 3} ICP uploads are used — choose a plan to keep uploading.`;
    case 'BASIC_UPLOAD_WINDOW':
      return facts.retryAt
        ? `Basic allows one ICP upload per week; next upload from ${dayAndTime.format(new Date(facts.retryAt))}.`
        : 'Basic allows one ICP upload per week.';
    case 'CHECKOUT_REQUIRED':
      return 'Finish checkout to start your plan — until then uploads and reviews are paused.';
    case 'SUBSCRIPTION_INACTIVE':
      return 'Your subscription is not active — update your payment details to pick up where you left off.';
    case 'PRO_FEATURE':
      return 'Part of Pro — upgrade to use it.';
    default:
      return 'Not included in your plan.';
  }
}

/** The plan the keeper is on today, with the trial's days left or why access is paused. */
export function planStanding(entitlements: Entitlements, now: number): PlanStanding {
  switch (entitlements.tier) {
    case 'TRIAL': {
      const ends = entitlements.trialEndsAt ? Date.parse(entitlements.trialEndsAt) : NaN;
      if (Number.isNaN(ends))
        return {
          title: 'Free Trial',
          detail: 'Every Pro feature while your trial lasts.',
          needsAction: false,
        };
      const days = Math.max(1, Math.ceil((ends - now) / DAY_MS));
      return {
        title: 'Free Trial',
        detail: `Every Pro feature until ${day.format(new Date(ends))} — ${days} ${days === 1 ? 'day' : 'days'} left.`,
        needsAction: false,
      };
    }
    case 'BASIC':
      return {
        title: 'Basic',
        detail: 'Corrections, dosing history and one ICP upload per week.',
        needsAction: false,
      };
    case 'PRO':
      return {
        title: 'Pro',
        detail: 'Every feature, with unlimited uploads and dashboards.',
        needsAction: false,
      };
    case 'FRIEND':
      return {
        title: 'Pro, as a friend of RaM',
        detail: 'Every Pro feature, with no billing.',
        needsAction: false,
      };
    default:
      return {
        title: 'No active plan',
        detail: closedReasonText(entitlements.reason, { trialEndsAt: entitlements.trialEndsAt }),
        needsAction: true,
      };
  }
}

function uploadsText(entitlements: Entitlements): string {
  const { uploads, tier } = entitlements;
  if (uploads.remaining === null) return 'Unlimited';
  if (tier === 'TRIAL') return `${uploads.remaining} of ${uploads.limit ?? 3} trial uploads left`;
  if (tier === 'BASIC') return 'One per week — you can upload now';
  return `${uploads.remaining} left`;
}

function dashboardsText(perTankLimit: number | null): string {
  if (perTankLimit === null) return 'Unlimited per tank';
  return perTankLimit === 1 ? 'One per tank' : `${perTankLimit} per tank`;
}

const PRO_FEATURES: readonly { id: keyof Entitlements; label: string }[] = [
  { id: 'trendWarnings', label: 'Trend warnings' },
  { id: 'projections', label: 'Trend projections' },
  { id: 'doseResponse', label: 'Dose response' },
  { id: 'draftPrograms', label: 'Draft dosing programs' },
];

/**
 * Every allowance of the plan in words. When all access is paused, each line says so briefly and
 * the plan standing carries the reason once.
 */
export function allowanceLines(entitlements: Entitlements): AllowanceLine[] {
  const closedText = (gate: Gate) =>
    entitlements.tier === 'NONE' && gate.reason === entitlements.reason
      ? 'Paused until you choose a plan'
      : closedReasonText(gate.reason, { ...gate, trialEndsAt: entitlements.trialEndsAt });
  const line = (id: string, label: string, gate: Gate, openText: string): AllowanceLine => ({
    id,
    label,
    allowed: gate.allowed,
    text: gate.allowed ? openText : closedText(gate),
  });
  return [
    line('uploads', 'ICP uploads', entitlements.uploads, uploadsText(entitlements)),
    line(
      'dashboards',
      'Saved dashboards',
      entitlements.dashboards,
      dashboardsText(entitlements.dashboards.perTankLimit),
    ),
    ...PRO_FEATURES.map(({ id, label }) => line(id, label, entitlements[id] as Gate, 'Included')),
  ];
}
