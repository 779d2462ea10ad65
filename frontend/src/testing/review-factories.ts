import type {
  Finding,
  ReviewAction,
  ReviewDetail,
  ReviewListItem,
  ReviewSummary,
} from '../app/features/reef-review/services/review.model';

/** An open ICP review with a warning, two actions, one done. */
export function reviewListItemFactory(overrides: Partial<ReviewListItem> = {}): ReviewListItem {
  return {
    reviewId: 'review-1',
    testId: 'icp-1',
    testKind: 'ICP',
    testDate: '2026-09-14',
    status: 'OPEN',
    severity: 'WARNING',
    title: 'Iodine low, alkalinity climbing',
    findingCount: 2,
    actionCount: 2,
    actionsDone: 1,
    createdAt: '2026-09-16T08:00:00Z',
    ...overrides,
  };
}

export function findingFactory(overrides: Partial<Finding> = {}): Finding {
  return {
    findingId: 'finding-iodine',
    elementId: 'iodine',
    name: 'Iodine',
    severity: 'WARNING',
    status: 'LOW',
    value: 38,
    unit: 'µg/l',
    targetRange: { low: 50, high: 70, target: 60, source: 'METHOD' },
    trend: { direction: 'DOWN', severity: 'WATCH', signal: '↓ 12% since 2026-08-01' },
    text: 'Iodine is below its range and still falling.',
    ...overrides,
  };
}

/** A three-day iodine correction, one day dosed. */
export function correctionActionFactory(overrides: Partial<ReviewAction> = {}): ReviewAction {
  return {
    actionId: 'action-iodine',
    type: 'CORRECTION',
    elementId: 'iodine',
    name: 'Iodine',
    text: 'Dose iodine stock over three days.',
    correction: { dailyAmount: 1.5, unit: 'ml', days: 3, totalAmount: 4.5 },
    progress: { done: 1, total: 3, state: 'PARTIAL' },
    ...overrides,
  };
}

/** Alkalinity from 20 ml every day down to 18 ml on weekdays. */
export function adjustmentActionFactory(overrides: Partial<ReviewAction> = {}): ReviewAction {
  return {
    actionId: 'action-alk',
    type: 'DAILY_ADJUSTMENT',
    elementId: 'alkalinity',
    name: 'Alkalinity',
    text: 'Alkalinity keeps rising; dose a little less.',
    adjustment: {
      current: { amount: 20, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
      suggested: { amount: 18, unit: 'ml', weekdays: [1, 2, 3, 4, 5] },
    },
    ...overrides,
  };
}

export function reviewDetailFactory(overrides: Partial<ReviewDetail> = {}): ReviewDetail {
  return {
    ...reviewListItemFactory(),
    compareScope: 'LAST_3',
    comparedTests: [
      { testId: 'icp-0', date: '2026-08-01' },
      { testId: 'icp-00', date: '2026-07-01' },
    ],
    source: { testId: 'icp-1', kind: 'ICP', date: '2026-09-14', lab: 'OCEAMO' },
    summary: 'Two elements need a look; nothing is dangerous.',
    findings: [
      findingFactory({
        findingId: 'finding-alk',
        elementId: 'alkalinity',
        name: 'Alkalinity',
        severity: 'INFO',
        status: 'OK',
        value: 8.9,
        unit: 'dKH',
        targetRange: { low: 7, high: 9, source: 'CUSTOM' },
        trend: { direction: 'UP', severity: 'NONE', signal: '↑ 4% since 2026-08-01' },
        text: 'Alkalinity is in range but creeping up.',
      }),
      findingFactory(),
    ],
    actions: [correctionActionFactory(), adjustmentActionFactory()],
    draftProgramId: 'draft-7',
    ...overrides,
  };
}

export function reviewSummaryFactory(overrides: Partial<ReviewSummary> = {}): ReviewSummary {
  return {
    open: 3,
    bySeverity: { CRITICAL: 1, WARNING: 2, INFO: 0, OK: 0 },
    top: reviewListItemFactory({ severity: 'CRITICAL', title: 'Copper above the safety limit' }),
    ...overrides,
  };
}
