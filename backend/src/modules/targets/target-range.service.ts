import { Injectable } from '@nestjs/common';
import type { Range, ResolvedRange } from '../../domain/corrections/target-range';
import { withoutUndefined } from '../../domain/extraction/without-undefined';
import { DomainError, InvalidRequestError } from '../../shared/errors/domain-error';
import type { TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { selectableTestElements } from '../reference/test-catalogue';
import { compareElements } from './element-order';
import type { ReferenceSourceSeed } from '../../domain/reference/seed-types';
import { DEFAULT_CORRECTION_METHOD, type MethodElement, MethodDefaultsRepository } from './method-defaults.repository';
import { bundledReferenceRanges, rangeSources, withReferences } from './reference-defaults';
import { type ResolvedElementRange, customRangeProblems, methodRange, resolveElementRange } from './resolved-range';
import { type RangeVersionRow, TargetOverrideRepository, seenVersions } from './target-override.repository';

/** An element a tank can have a range for: named as the keeper's panels name it, in the range's unit. */
export interface TargetElement {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly category: string;
  readonly unit: string;
  readonly displayOrder?: number;
}

export interface RangeHistoryEntry extends Range {
  readonly version: number;
  readonly activeFrom: string;
  readonly activeTo?: string;
}

/** One element on the tank's target range page (docs/api-evaluation.md, `TankRange`). */
export interface TankRange {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly category: string;
  readonly current: ResolvedRange;
  readonly methodDefault?: ResolvedRange;
  readonly version?: number;
  /** Newest version first. */
  readonly history: RangeHistoryEntry[];
}

export interface TankRangeList {
  readonly tankId: string;
  readonly method: string;
  readonly ranges: TankRange[];
  /** Every source a range on the page names (`sourceName`), with its citation. */
  readonly sources: readonly ReferenceSourceSeed[];
}

/** A change lost every race against other saves of the same element. */
const ATTEMPTS = 3;
const conflict = () => new DomainError('CONFLICT', 'This range was changed at the same moment; load the ranges again and retry');

const toHistory = (r: RangeVersionRow): RangeHistoryEntry =>
  withoutUndefined({ version: r.version, low: r.low, high: r.high, target: r.target, activeFrom: r.activeFrom, activeTo: r.activeTo });

/**
 * A tank's target ranges: the method defaults (Moonshiners), the keeper's versioned custom ranges,
 * and the precedence between them that every evaluation uses.
 */
@Injectable()
export class TargetRangeService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly defaults: MethodDefaultsRepository,
    private readonly overrides: TargetOverrideRepository,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The range of every element with a method default or an active custom range, keyed by element
   * id, in the unit given on each entry (custom → method → hazard fallback).
   */
  async resolveFor(userId: string, tankId: string): Promise<Map<string, ResolvedElementRange>> {
    const [defaults, active] = await Promise.all([this.allDefaults(), this.overrides.active({ userId, tankId })]);
    const custom = new Map(active.map((r) => [r.elementId, r]));
    const ids = new Set([...defaults.map((d) => d.elementId), ...custom.keys()]);
    const byId = new Map(defaults.map((d) => [d.elementId, d]));
    return new Map([...ids].map((id) => [id, resolveElementRange(byId.get(id), custom.get(id))]));
  }

  /**
   * Elements the tank can hold a range for: the method's, then the tank's test catalogue (manual
   * tests and its lab panel). Units are the method's where it has the element, so ranges and
   * charts share one unit; names come from the panels.
   */
  async elementsFor(tank: Pick<TankRecord, 'defaultLab'>): Promise<Map<string, TargetElement>> {
    const [defaults, manual, lab] = await Promise.all([
      this.allDefaults(),
      this.catalog.panel('MANUAL'),
      this.catalog.panel(tank.defaultLab),
    ]);
    const panelRows = new Map(selectableTestElements([...manual, ...lab]).map((r) => [r.elementId, r]));
    const elements = new Map<string, TargetElement>();
    for (const d of defaults) {
      const row = panelRows.get(d.elementId);
      elements.set(d.elementId, {
        elementId: d.elementId,
        name: row?.name ?? d.canonical,
        canonical: d.canonical,
        category: d.category,
        unit: d.unit,
        displayOrder: row?.displayOrder,
      });
    }
    for (const r of panelRows.values()) {
      if (!elements.has(r.elementId))
        elements.set(r.elementId, {
          elementId: r.elementId,
          name: r.name,
          canonical: r.canonical,
          category: r.category,
          unit: r.unit,
          displayOrder: r.displayOrder,
        });
    }
    return elements;
  }

  /** `LIST`: every element with a method default or a custom range, current range and history. */
  async list(userId: string, tankId: string): Promise<TankRangeList> {
    return this.listFor(await this.tanks.requireOwnedTank(userId, tankId));
  }

  private async listFor(tank: TankRecord): Promise<TankRangeList> {
    const [elements, defaults, rows] = await Promise.all([this.elementsFor(tank), this.allDefaults(), this.overrides.allForTank(tank)]);
    const versions = new Map<string, RangeVersionRow[]>();
    for (const row of rows) versions.set(row.elementId, [...(versions.get(row.elementId) ?? []), row]);
    const byId = new Map(defaults.map((d) => [d.elementId, d]));
    const ids = new Set([...byId.keys(), ...versions.keys()]);
    const ranges = [...ids].map((id) => this.tankRange(id, elements.get(id), byId.get(id), versions.get(id) ?? []));
    return {
      tankId: tank.tankId,
      method: DEFAULT_CORRECTION_METHOD,
      ranges: ranges.sort((a, b) =>
        compareElements({ ...a, order: elements.get(a.elementId)?.displayOrder }, { ...b, order: elements.get(b.elementId)?.displayOrder }),
      ),
      sources: rangeSources(),
    };
  }

  /** `SAVE`: closes the active custom range, if any, and makes `range` the next active version. */
  async save(userId: string, tankId: string, elementId: string, range: Range): Promise<TankRangeList> {
    const tank = await this.tanks.requireOwnedTank(userId, tankId);
    const element = await this.requireElement(tank, elementId);
    const problems = customRangeProblems(range);
    if (problems.length > 0)
      throw new InvalidRequestError(`The range for ${element.name} is not valid: ${problems.join('; ')}`, { problems });
    const value = withoutUndefined({ low: range.low, high: range.high, target: range.target, unit: element.unit });
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const seen = seenVersions(await this.overrides.forElement(tank, elementId));
      if (await this.overrides.replaceActive(tank, elementId, seen, value, this.clock.now().toISOString())) return this.listFor(tank);
    }
    throw conflict();
  }

  /** `RESET`: closes the active custom range so the method default applies again (nothing to do without one). */
  async reset(userId: string, tankId: string, elementId: string): Promise<TankRangeList> {
    const tank = await this.tanks.requireOwnedTank(userId, tankId);
    let rows = await this.overrides.forElement(tank, elementId);
    if (rows.length === 0) await this.requireElement(tank, elementId);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const { activeVersion } = seenVersions(rows);
      if (activeVersion === undefined || (await this.overrides.closeActive(tank, elementId, activeVersion, this.clock.now().toISOString())))
        return this.listFor(tank);
      rows = await this.overrides.forElement(tank, elementId);
    }
    throw conflict();
  }

  /** The method's defaults with a cited reference for each parameter the method leaves open. */
  private async allDefaults(): Promise<MethodElement[]> {
    return withReferences(await this.defaults.all(), bundledReferenceRanges());
  }

  private async requireElement(tank: TankRecord, elementId: string): Promise<TargetElement> {
    const element = (await this.elementsFor(tank)).get(elementId);
    if (!element)
      throw new InvalidRequestError(
        `Unknown element "${elementId}": it is neither in the ${DEFAULT_CORRECTION_METHOD} targets nor in this tank's test catalogue`,
        { field: 'elementId' },
      );
    return element;
  }

  private tankRange(
    elementId: string,
    element: TargetElement | undefined,
    defaults: MethodElement | undefined,
    versions: RangeVersionRow[],
  ): TankRange {
    const active = versions.find((v) => v.active);
    return withoutUndefined({
      elementId,
      name: element?.name ?? defaults?.canonical ?? elementId,
      unit: defaults?.unit ?? element?.unit ?? versions[0]?.unit ?? '',
      category: element?.category ?? defaults?.category ?? 'other',
      current: resolveElementRange(defaults, active).range,
      methodDefault: defaults && methodRange(defaults),
      version: active?.version,
      history: [...versions].sort((a, b) => b.version - a.version).map(toHistory),
    });
  }
}
