/** Shapes of the admin API (`/user/admin/*`, `/user/billing/friend-access`). */

export interface TankActivity {
  readonly tankId: string;
  readonly name: string;
  readonly volumeLitres: number;
  readonly dosingMethod: string;
  readonly createdAt: string;
  readonly tests: number;
  readonly doseDays: number;
  readonly programs: number;
}

export interface KeeperRow {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly plan: string;
  readonly tier: string;
  readonly tierReason?: string;
  readonly billingExempt: boolean;
  readonly createdAt: string;
  readonly lastSeenAt?: string;
  readonly live: boolean;
  readonly connections: number;
  readonly icpUploadsTotal: number;
  readonly tanks: readonly TankActivity[];
}

export interface BuildInfo {
  readonly version: string;
  readonly commit: string;
  readonly builtAt: string;
  readonly environment: string;
}

export interface Release {
  readonly version: string;
  readonly date?: string;
  readonly notes: readonly string[];
}

export interface UsageCount {
  readonly uploads: number;
  readonly manualTests: number;
  readonly activeKeepers: number;
}

export interface UsagePatterns {
  readonly days: readonly (UsageCount & { readonly day: string })[];
  readonly weeks: readonly (UsageCount & { readonly weekOf: string })[];
  readonly activeKeepers7d: number;
  readonly activeKeepers30d: number;
}

export interface ErrorSummary {
  readonly total: number;
  readonly last24h: number;
  readonly byOperation: readonly { operation: string; count: number; latestAt: string }[];
}

export interface DriftGroup {
  readonly drafts: number;
  readonly edited: number;
  readonly meanAbsExposureChangePct: number | null;
  readonly largeEdits: number;
}

export interface FeedbackSummary extends DriftGroup {
  readonly activatedAsSuggested: number;
  readonly meanAbsAmountChangePct: number | null;
  readonly daysChanged: number;
  readonly byElement: readonly (DriftGroup & {
    elementId: string;
    meanExposureChangePct: number | null;
  })[];
  readonly byUser: readonly (DriftGroup & { userId: string })[];
  readonly recency: { last7d: DriftGroup; last30d: DriftGroup; older: DriftGroup };
}

export interface Overview {
  readonly build: BuildInfo;
  readonly releases: readonly Release[];
  readonly users: {
    readonly items: readonly KeeperRow[];
    readonly cursor: string | null;
    readonly liveOnPage: number;
  };
  readonly usage: UsagePatterns;
  readonly errors: ErrorSummary;
  readonly feedback: FeedbackSummary;
  readonly generatedAt: string;
}

export interface CostLine {
  readonly key: string;
  readonly usd: number;
}

export type CostPeriodAnswer = (
  | {
      readonly available: true;
      readonly actuals: {
        period: { from: string; to: string };
        byService: readonly CostLine[];
        byModule: readonly CostLine[];
        totalUsd: number;
      };
    }
  | { readonly available: false; readonly reason: string }
) & { readonly cachedAt?: string };

export interface PdfCost {
  readonly correlationId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly at: string;
  readonly basis: 'METERED' | 'ESTIMATED';
  readonly resources: readonly { resourceType: string; quantity: number; usd: number }[];
  readonly totalUsd: number;
}

export interface Costs {
  readonly environment: string;
  readonly periods: readonly CostPeriodAnswer[];
  readonly pdfs: {
    readonly from: string;
    readonly to: string;
    readonly items: readonly PdfCost[];
    readonly totalUsd: number;
  };
}

export interface AppError {
  readonly referenceId: string;
  readonly createdAt: string;
  readonly operation: string;
  readonly userId?: string;
  readonly tankId?: string;
  readonly subjectId?: string;
  readonly apiRequestId?: string;
  readonly lambdaRequestId?: string;
  readonly errorName?: string;
  readonly errorMessage?: string;
  readonly stack?: string;
}

export interface ErrorPage {
  readonly errors: readonly AppError[];
  readonly cursor: string | null;
}

export interface Setting {
  readonly key: string;
  readonly type: 'integer' | 'template';
  readonly description: string;
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly defaultValue?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly placeholders?: readonly string[];
  readonly value: number | string | null;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  readonly seeded: boolean;
}

export interface ElementDrift {
  readonly elementId: string;
  readonly kind: 'kept' | 'changed' | 'added' | 'removed';
  readonly suggestedAmount?: number;
  readonly activatedAmount?: number;
  readonly suggestedDays: number;
  readonly activatedDays: number;
  readonly weeklyExposureChangePct: number | null;
  readonly unitChanged: boolean;
  readonly large: boolean;
}

export interface DraftOutcome {
  readonly nextTestId: string;
  readonly nextTestDate: string;
  readonly elapsedDays: number;
  readonly elements: readonly {
    elementId: string;
    unit: string;
    target: number;
    before: number;
    after: number;
    distanceBeforePct: number;
    distanceAfterPct: number;
    improvementPct: number;
  }[];
  readonly averageImprovementPct: number | null;
}

export interface FeedbackItem {
  readonly feedbackId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly programId: string;
  readonly activatedAt: string;
  readonly sourceTestDate?: string;
  readonly drift: readonly ElementDrift[];
  readonly largeEdits: number;
  readonly outcome: DraftOutcome | null;
}

export interface FeedbackPage {
  readonly items: readonly FeedbackItem[];
  readonly cursor: string | null;
  readonly outcomes: {
    followedUp: number;
    improved: number;
    worsened: number;
    averageImprovementPct: number | null;
    averageElapsedDays: number | null;
  };
}

export interface FriendGrant {
  readonly email: string;
  readonly grantedAt: string;
  readonly grantedBy: string;
  readonly note?: string;
  readonly registered: boolean;
}
