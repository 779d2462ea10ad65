import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalFor } from '../../domain/canon';
import {
  DEFAULT_DASHBOARD_ID,
  type DashboardChart,
  MAX_DASHBOARD_CHARTS,
  chartsFromLegacySelection,
  dashboardProblems,
  dashboardSlotIds,
  dashboardSlotOpen,
  defaultCharts,
} from '../../domain/dashboards/dashboard';
import type { Gate } from '../../domain/entitlements/entitlements';
import { DomainError, InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { Clock } from '../account/clock';
import { EntitlementsService } from '../account/entitlements.service';
import { UserRepository } from '../account/repositories/user.repository';
import { TankAccess } from '../account/tank-access';
import { ReferenceService } from '../reference/reference.service';
import type { DeleteDashboardDto, SaveDashboardDto } from './dto/dashboard.dto';
import { DashboardChangedError, DashboardRepository, type StoredDashboard } from './dashboard.repository';

/** A dashboard as the app reads it. `legacy` marks one saved as a bare dose-element selection. */
export interface DashboardView {
  readonly dashboardId: string;
  readonly name: string;
  readonly charts: readonly DashboardChart[];
  readonly legacy?: true;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

export interface DashboardList {
  readonly tankId: string;
  readonly dashboards: DashboardView[];
  /** Built from the tank method's dose catalog; never stored. */
  readonly defaultDashboard: DashboardView;
  /** How many dashboards this tank may keep (null: any number) and how many it has. */
  readonly limit: { readonly perTank: number | null; readonly saved: number };
}

/** The dose catalog in the method's own order (products without one last, by name). */
const inCatalogOrder = <T extends { displayOrder?: number }>(products: readonly T[]): T[] =>
  [...products].sort((a, b) => (a.displayOrder ?? Number.MAX_SAFE_INTEGER) - (b.displayOrder ?? Number.MAX_SAFE_INTEGER));

/** Far more than any plan allows; bounds the index query. */
const LIST_BOUND = 200;

/** `POST /user/dashboard*`: a keeper's saved dashboards per tank, within their plan's limit. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly reference: ReferenceService,
    private readonly dashboards: DashboardRepository,
    private readonly users: UserRepository,
    private readonly entitlements: EntitlementsService,
    private readonly clock: Clock,
  ) {}

  async list(userId: string, tankId: string): Promise<DashboardList> {
    await this.tanks.requireOwnedTank(userId, tankId);
    const [stored, tests, doses, gate] = await Promise.all([
      this.dashboards.list(userId, tankId, LIST_BOUND),
      this.reference.testElements(userId, tankId),
      this.reference.doseElements(userId, tankId),
      this.gate(userId),
    ]);
    const doseCanonical = new Map(doses.elements.map((e) => [e.elementId, e.canonical]));
    const canonicalOfDose = (id: string) => doseCanonical.get(id) ?? canonicalFor(id);
    const view = (d: StoredDashboard): DashboardView =>
      d.legacyDoseElementIds
        ? { ...this.view(d), charts: chartsFromLegacySelection(d.legacyDoseElementIds, tests.elements, canonicalOfDose), legacy: true }
        : this.view(d);
    return {
      tankId,
      dashboards: stored.map(view),
      defaultDashboard: {
        dashboardId: DEFAULT_DASHBOARD_ID,
        name: 'Default',
        charts: defaultCharts(tests.elements, inCatalogOrder(doses.elements)),
      },
      limit: { perTank: gate.perTankLimit, saved: stored.length },
    };
  }

  async save(userId: string, request: SaveDashboardDto): Promise<{ dashboard: DashboardView }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    const previous = request.dashboardId ? await this.owned(userId, request.tankId, request.dashboardId) : undefined;
    const [tests, doses] = await Promise.all([
      this.reference.testElements(userId, request.tankId),
      this.reference.doseElements(userId, request.tankId),
    ]);
    const charts = request.charts.map((c) => ({ testElementId: c.testElementId, doseElementIds: [...c.doseElementIds] }));
    const kept = new Set([...(previous?.charts.flatMap((c) => c.doseElementIds) ?? []), ...(previous?.legacyDoseElementIds ?? [])]);
    const problems = dashboardProblems(
      { name: request.name, charts },
      { testElementIds: new Set(tests.elements.map((e) => e.elementId)), doseElementIds: new Set(doses.elements.map((e) => e.elementId)) },
      kept,
    );
    if (problems.length > 0) throw new InvalidRequestError(problems.join('; '), { problems });

    const now = this.clock.now().toISOString();
    const draft = (dashboardId: string): StoredDashboard => ({
      dashboardId,
      userId,
      tankId: request.tankId,
      name: request.name.trim(),
      charts,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    if (previous) {
      await this.write(draft(previous.dashboardId), previous);
      return { dashboard: this.view(draft(previous.dashboardId)) };
    }

    const gate = await this.gate(userId);
    if (!gate.allowed)
      throw new DomainError('ENTITLEMENT_REQUIRED', 'Your plan does not include saved dashboards right now', { reason: gate.reason });
    const stored = await this.dashboards.list(userId, request.tankId, LIST_BOUND);
    if (gate.perTankLimit === null) {
      const dashboard = draft(randomUUID());
      await this.write(dashboard, undefined);
      return { dashboard: this.view(dashboard) };
    }
    const limit = gate.perTankLimit;
    if (!dashboardSlotOpen(limit, stored.length)) throw this.limitReached(limit);
    // A limited plan writes into its fixed places, so a racing second save finds its place taken.
    const listed = new Set(stored.map((d) => d.dashboardId));
    for (const slotId of dashboardSlotIds(this.tankKey(userId, request.tankId), limit)) {
      // The list can lag behind a save made a moment ago: a place it misses is read once more.
      if (listed.has(slotId) || (await this.dashboards.get(slotId))) continue;
      const dashboard = draft(slotId);
      try {
        await this.dashboards.put(dashboard, undefined);
        return { dashboard: this.view(dashboard) };
      } catch (error) {
        if (!(error instanceof DashboardChangedError)) throw error;
        // Taken by a save that raced this one: try the next place.
      }
    }
    throw this.limitReached(limit);
  }

  private async write(dashboard: StoredDashboard, previous: StoredDashboard | undefined): Promise<void> {
    try {
      await this.dashboards.put(dashboard, previous);
    } catch (error) {
      if (error instanceof DashboardChangedError)
        throw new DomainError('CONFLICT', 'The dashboard changed while you were editing it; load it again');
      throw error;
    }
  }

  private limitReached(limit: number): DomainError {
    return new DomainError(
      'DASHBOARD_LIMIT',
      `Your plan keeps ${limit} saved ${limit === 1 ? 'dashboard' : 'dashboards'} per tank. Edit or delete one you have, or move to Pro for any number.`,
      { limit },
    );
  }

  /** A stable, opaque key per keeper and tank for the limited plans' dashboard ids. */
  private tankKey(userId: string, tankId: string): string {
    return createHash('sha256').update(`${userId}#${tankId}`).digest('hex').slice(0, 32);
  }

  async delete(userId: string, request: DeleteDashboardDto): Promise<{ dashboardId: string; deleted: true }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    await this.owned(userId, request.tankId, request.dashboardId);
    await this.dashboards.delete(request.dashboardId);
    return { dashboardId: request.dashboardId, deleted: true };
  }

  private view(d: StoredDashboard): DashboardView {
    return {
      dashboardId: d.dashboardId,
      name: d.name,
      charts: d.charts.slice(0, MAX_DASHBOARD_CHARTS),
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  }

  private async gate(userId: string): Promise<Gate & { readonly perTankLimit: number | null }> {
    const user = await this.users.get(userId);
    return user ? (await this.entitlements.of(user)).dashboards : { allowed: false, perTankLimit: 0 };
  }

  /** Another keeper's or another tank's dashboard answers exactly like one that does not exist. */
  private async owned(userId: string, tankId: string, dashboardId: string): Promise<StoredDashboard> {
    const dashboard = await this.dashboards.get(dashboardId);
    if (!dashboard || dashboard.userId !== userId || dashboard.tankId !== tankId) throw new NotFoundError('Dashboard');
    return dashboard;
  }
}
