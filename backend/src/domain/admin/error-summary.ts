/** A support-reference error as the admin console lists it. */
export interface ErrorFact {
  readonly referenceId: string;
  readonly operation: string;
  readonly createdAt: string;
  readonly userId?: string;
}

export interface ErrorSummary {
  readonly total: number;
  readonly last24h: number;
  readonly byOperation: readonly { readonly operation: string; readonly count: number; readonly latestAt: string }[];
  readonly latest: readonly ErrorFact[];
}

/**
 * Recent errors grouped by operation (most frequent first) and the newest few.
 *
 * @example summariseErrors([{ referenceId: 'RAM-1', operation: 'upload-convert', createdAt: '2026-12-01T10:00:00Z' }], new Date('2026-12-01T12:00:00Z')).last24h // 1
 */
export function summariseErrors(errors: readonly ErrorFact[], now: Date, latest = 5): ErrorSummary {
  const since = new Date(now.getTime() - 86_400_000).toISOString();
  const groups = new Map<string, { count: number; latestAt: string }>();
  for (const e of errors) {
    const g = groups.get(e.operation) ?? { count: 0, latestAt: e.createdAt };
    groups.set(e.operation, { count: g.count + 1, latestAt: e.createdAt > g.latestAt ? e.createdAt : g.latestAt });
  }
  const newest = [...errors].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    total: errors.length,
    last24h: errors.filter((e) => e.createdAt >= since).length,
    byOperation: [...groups.entries()]
      .map(([operation, g]) => ({ operation, ...g }))
      .sort((a, b) => b.count - a.count || b.latestAt.localeCompare(a.latestAt)),
    latest: newest.slice(0, latest),
  };
}
