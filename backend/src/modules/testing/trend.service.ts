import { Injectable } from '@nestjs/common';
import { canonicalFor, normaliseElementName } from '../../domain/canon';
import { type ResolvedRange, resolveTargetRange } from '../../domain/corrections/target-range';
import { addDays, localDateOf } from '../../domain/dosing/calendar';
import {
  type DoseResponse,
  PROJECTION_DAYS,
  type ProjectedValue,
  analyseDoseResponse,
  projectSeries,
  risePerMl,
} from '../../domain/trends';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { DOSING_METHODS, type TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { DoseDayRepository } from '../dosing/dose-day.repository';
import { toDoseProduct } from '../drafts';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { rangeInUnit, valueInUnit } from '../targets/resolved-range';
import { TargetRangeService } from '../targets/target-range.service';
import { CallerFeatures } from './caller-features';
import { DEFAULT_TREND_DAYS, MAX_TREND_DAYS } from './dto/element-trend.dto';
import { TestRowsRepository } from './repositories/test-rows.repository';
import type { TestHeader } from './test-history.types';
import { explainTrend } from './trend-explanation';

export interface TrendPoint {
  readonly testId: string;
  readonly kind: TestHeader['kind'];
  readonly date: string;
  readonly value: number | null;
}

export interface TrendDose {
  readonly date: string;
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  readonly source: string;
}

/** `POST /test/history/icp/trend` (docs/api-evaluation.md). */
export interface ElementTrend {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly targetRange: ResolvedRange;
  /** Oldest first. */
  readonly points: TrendPoint[];
  /** Oldest first. */
  readonly doses: TrendDose[];
  readonly explanation: string;
  /** Only for keepers whose plan includes projections. */
  readonly projection?: ProjectedValue[];
  /** Dosed against measured change per stretch between tests; only for keepers whose plan includes it. */
  readonly doseResponse?: DoseResponse;
}

/** Tests whose element rows hold readings. */
const READ_STATUSES = new Set(['IN_PROGRESS', 'DONE']);

/**
 * One element's chart: readings of every test kind (in the range's unit), the doses of products of
 * the same canonical element, the tank's active range, a sentence, and for Pro-equivalent keepers
 * the straight-line projection.
 */
@Injectable()
export class TrendService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly targets: TargetRangeService,
    private readonly rows: TestRowsRepository,
    private readonly doseDays: DoseDayRepository,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly features: CallerFeatures,
    private readonly clock: Clock,
  ) {}

  async trend(
    userId: string,
    request: { tankId: string; elementId: string; days?: number; doseElementIds?: readonly string[] },
  ): Promise<ElementTrend> {
    const tank = await this.tanks.requireOwnedTank(userId, request.tankId);
    const element = (await this.targets.elementsFor(tank)).get(request.elementId);
    if (!element)
      throw new InvalidRequestError(`Unknown element "${request.elementId}": pick one from /test/elements/list`, { field: 'elementId' });
    const days = request.days ?? DEFAULT_TREND_DAYS;
    const from = days > 0 ? addDays(localDateOf(this.clock.now(), tank.timezone), -days) : undefined;

    const [points, { doses, risePerMl }, ranges, features] = await Promise.all([
      this.points(tank, element.elementId, element.unit, from),
      this.doses(tank, element.canonical, element.unit, from, request.doseElementIds),
      this.targets.resolveFor(userId, tank.tankId),
      this.features.of(userId),
    ]);
    const targetRange = rangeInUnit(ranges.get(element.elementId), element.unit)?.range ?? resolveTargetRange({});
    return {
      elementId: element.elementId,
      name: element.name,
      unit: element.unit,
      targetRange,
      points,
      doses,
      explanation: explainTrend({ name: element.name, unit: element.unit, days, range: targetRange, points, doseCount: doses.length }),
      ...(features.projections ? { projection: projectSeries(points, PROJECTION_DAYS) } : {}),
      ...(features.doseResponse ? { doseResponse: analyseDoseResponse({ readings: points, doses, risePerMl }) } : {}),
    };
  }

  private async points(tank: TankRecord, elementId: string, unit: string, from: string | undefined): Promise<TrendPoint[]> {
    const headers = (await this.rows.headersSince(tank.userId, tank.tankId, from)).filter((h) => READ_STATUSES.has(String(h.status)));
    const rows = await this.rows.elementRows(
      headers.map((h) => String(h.test_id)),
      elementId,
    );
    return headers.reverse().flatMap((h) => {
      const row = rows.get(String(h.test_id));
      if (!row || row.status === 'RO' || row.status === 'MISSING') return [];
      const value =
        typeof row.value === 'number' ? valueInUnit(row.value, String(row.unit), unit) : row.non_detect === true ? null : undefined;
      return value === undefined
        ? []
        : [{ testId: String(h.test_id), kind: h.kind as TestHeader['kind'], date: String(h.test_date), value }];
    });
  }

  /**
   * Doses since `from` of the chosen products, or else of every product in the element's canonical
   * group (Phosphate dosing on a Phosphorus chart), with how much one ml of each raises the element
   * in this tank where its strength is known.
   */
  private async doses(
    tank: TankRecord,
    canonical: string,
    unit: string,
    from: string | undefined,
    chosen: readonly string[] | undefined,
  ): Promise<{ doses: TrendDose[]; risePerMl: Map<string, number> }> {
    const group = normaliseElementName(canonical);
    const [catalogs, { days }] = await Promise.all([
      // The tank's own method first, so its products win where two catalogs share an id.
      Promise.all([tank.dosingMethod, ...DOSING_METHODS.filter((m) => m !== tank.dosingMethod)].map((m) => this.catalog.doseCatalog(m))),
      this.doseDays.list(tank, { from, limit: MAX_TREND_DAYS }),
    ]);
    const products = new Map<string, ReturnType<typeof toDoseProduct>>();
    for (const row of catalogs.flat()) if (!products.has(row.elementId)) products.set(row.elementId, toDoseProduct(row));
    const picked = chosen && chosen.length > 0 ? new Set(chosen) : undefined;
    const related = (doseElementId: string) => {
      if (picked) return picked.has(doseElementId);
      const name = products.get(doseElementId)?.canonical ?? canonicalFor(doseElementId);
      return name !== undefined && normaliseElementName(name) === group;
    };
    const doses = days
      .flatMap((day) =>
        Object.values(day.entries).map((e) => ({
          date: day.date,
          elementId: e.elementId,
          amount: e.amount,
          unit: e.unit,
          source: e.source,
        })),
      )
      .filter((dose) => related(dose.elementId))
      .sort((a, b) => a.date.localeCompare(b.date) || a.elementId.localeCompare(b.elementId));
    const rises = new Map<string, number>();
    for (const elementId of new Set(doses.map((d) => d.elementId))) {
      const product = products.get(elementId);
      // A product counts toward this element only if its strength is of this element's group.
      const strength = product?.strength as { element?: unknown; amountPer1mlPer100L?: unknown; unit?: unknown } | undefined;
      if (!strength || normaliseElementName(String(strength.element ?? product?.canonical)) !== group) continue;
      const rise = risePerMl(
        { amountPer1mlPer100L: Number(strength.amountPer1mlPer100L), unit: String(strength.unit) },
        tank.volumeLitres,
        (value, fromUnit) => valueInUnit(value, fromUnit, unit),
      );
      if (rise !== undefined) rises.set(elementId, rise);
    }
    return { doses, risePerMl: rises };
  }
}
