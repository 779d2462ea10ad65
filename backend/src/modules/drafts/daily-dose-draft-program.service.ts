import { Injectable } from '@nestjs/common';
import { type DosingProgram, type ProgramInput, addDays, laterOf, localDateOf, planProgramSave } from '../../domain/dosing';
import {
  type AiDraftSuggestion,
  type DraftInput,
  type DraftSuggestion,
  type EvaluatedElementForDraft,
  type PriorDraftOutcome,
  draftProgram,
  priorDraftOutcomes,
  recentDailyAverages,
  sourceReadings,
} from '../../domain/drafts';
import { NotFoundError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import type { TankRecord } from '../account/account.types';
import { Clock } from '../account/clock';
import { EntitlementsService } from '../account/entitlements.service';
import { TankRepository } from '../account/repositories/tank.repository';
import { UserRepository } from '../account/repositories/user.repository';
import { DoseDayRepository } from '../dosing/dose-day.repository';
import { ProgramChangedError, ProgramRepository } from '../dosing/program.repository';
import { type TankRef, tankKey } from '../dosing/tank-ref';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { toDoseProduct } from './dose-products';
import { type DraftRecord, DraftRecordRepository } from './draft-record.repository';
import { type DraftSuggestionContext, DraftSuggestionPort, type DraftTestRef } from './draft-suggestion.port';

export interface EnsureDraftInput extends DraftTestRef {
  readonly elements: readonly EvaluatedElementForDraft[];
}

export type DraftOutcome =
  | { readonly kind: 'NOT_ENTITLED' }
  /** The rules (and any AI proposal) change nothing: no draft program is written. */
  | { readonly kind: 'NO_CHANGE' }
  | { readonly kind: 'DRAFTED'; readonly program: DosingProgram; readonly suggestions: DraftSuggestion[]; readonly created: boolean };

/** How many days of dose history say what the tank gets daily. */
export const RECENT_DOSE_DAYS = 28;
/** A draft must have been in force this long before a test for that test to judge it. */
export const MIN_DAYS_IN_FORCE = 7;

/** The one draft program of a test. @example draftProgramId('t-1') // 'draft-t-1' */
export const draftProgramId = (testId: string): string => `draft-${testId}`;

/**
 * RaM's draft of the next daily dosing program, one per ICP test, for keepers whose plan includes
 * draft programs. Called when an ICP test completes and when an ICP detail is read; a second call
 * for the same test returns the stored draft untouched.
 *
 * The draft's decision (elements, suggestions, source readings) is stored first, once, with a
 * conditional put; the program is then committed from that record through the same
 * `ProgramRepository.commit` as every program (validated by `planProgramSave`, streamed to the
 * realtime notifier). A retry after a failure between the two writes commits the same decision.
 */
@Injectable()
export class DailyDoseDraftProgramService {
  constructor(
    private readonly users: UserRepository,
    private readonly entitlements: EntitlementsService,
    private readonly tanks: TankRepository,
    private readonly programs: ProgramRepository,
    private readonly doses: DoseDayRepository,
    private readonly catalog: ReferenceCatalogRepository,
    private readonly records: DraftRecordRepository,
    private readonly ai: DraftSuggestionPort,
    private readonly clock: Clock,
  ) {}

  async ensureDraft(input: EnsureDraftInput): Promise<DraftOutcome> {
    const user = await this.users.get(input.userId);
    if (!user || !(await this.entitlements.of(user)).draftPrograms.allowed) return { kind: 'NOT_ENTITLED' };
    const tank = await this.tanks.get(input.userId, input.tankId);
    if (!tank) throw new NotFoundError('Tank');
    const ref: TankRef = { userId: input.userId, tankId: input.tankId };
    const programId = draftProgramId(input.testId);

    const existing = await this.programs.get(programId);
    if (existing) return this.stored(existing, ref);
    const record = (await this.records.get(programId)) ?? (await this.decide(input, tank, programId));
    if (tankKey(record) !== tankKey(ref)) throw new Error(`Draft record ${programId} belongs to another tank`);
    // A draft identical to what runs now (or empty) would only be noise in the keeper's programs.
    if (record.elements.length === 0 || !record.suggestions.some((s) => s.changed)) return { kind: 'NO_CHANGE' };
    return this.commit(record, tank);
  }

  /** The suggestions stored with a RaM draft program (undefined for any other program id). */
  async getSuggestions(programId: string): Promise<DraftSuggestion[] | undefined> {
    return (await this.records.get(programId))?.suggestions.slice();
  }

  private async stored(program: DosingProgram, ref: TankRef): Promise<DraftOutcome> {
    if (tankKey(program) !== tankKey(ref)) throw new Error(`Program ${program.programId} belongs to another tank`);
    return { kind: 'DRAFTED', program, suggestions: (await this.getSuggestions(program.programId)) ?? [], created: false };
  }

  /** Rules, then an optional AI proposal inside the same guardrails; stored once, the first writer wins. */
  private async decide(input: EnsureDraftInput, tank: TankRecord, programId: string): Promise<DraftRecord> {
    const ref: TankRef = { userId: input.userId, tankId: input.tankId };
    const [active, rows, days, priorOutcomes] = await Promise.all([
      this.activeProgram(ref),
      this.catalog.doseCatalog(tank.dosingMethod),
      this.doses.list(ref, { from: addDays(input.testDate, -(RECENT_DOSE_DAYS - 1)), to: input.testDate }),
      this.priorOutcomes(ref, input),
    ]);
    const catalog = rows.map(toDoseProduct);
    const base: DraftInput = {
      activeProgram: active,
      catalog,
      volumeLitres: tank.volumeLitres,
      elements: input.elements,
      recentDoses: recentDailyAverages(days.days, RECENT_DOSE_DAYS),
      priorOutcomes,
    };
    const rulesPlan = draftProgram(base);
    const ai = await this.proposals({
      ...ref,
      testId: input.testId,
      testDate: input.testDate,
      volumeLitres: tank.volumeLitres,
      dosingMethod: tank.dosingMethod,
      elements: input.elements,
      activeProgram: active?.elements ?? [],
      catalog,
      recentDoses: base.recentDoses ?? [],
      priorOutcomes,
      rulesPlan,
    });
    const plan = ai && ai.length > 0 ? draftProgram({ ...base, ai }) : rulesPlan;
    const record: DraftRecord = {
      programId,
      ...ref,
      testId: input.testId,
      testDate: input.testDate,
      elements: plan.elements,
      suggestions: plan.suggestions,
      readings: sourceReadings(plan, input.elements),
      createdAt: this.clock.now().toISOString(),
    };
    this.programFrom(record, tank); // refuse an invalid draft before anything is stored
    if (await this.records.putIfAbsent(record)) return record;
    return (await this.records.get(programId)) ?? record;
  }

  private async proposals(context: DraftSuggestionContext): Promise<AiDraftSuggestion[] | undefined> {
    try {
      return await this.ai.suggest(context);
    } catch (error) {
      logger.warn('AI daily-dose proposal ignored; the rules decide alone', {
        testId: context.testId,
        tankId: context.tankId,
        error: error as Error,
      });
      return undefined;
    }
  }

  private async commit(record: DraftRecord, tank: TankRecord): Promise<DraftOutcome> {
    const save = this.programFrom(record, tank);
    try {
      await this.programs.commit({ save });
    } catch (error) {
      const winner = error instanceof ProgramChangedError ? await this.programs.get(record.programId) : undefined;
      if (!winner) throw error;
      return this.stored(winner, record);
    }
    return { kind: 'DRAFTED', program: save, suggestions: [...record.suggestions], created: true };
  }

  /** The draft program of a record, checked by the same save rules as every program. */
  private programFrom(record: DraftRecord, tank: TankRecord): DosingProgram {
    const now = this.clock.now();
    const today = localDateOf(now, tank.timezone);
    const input: ProgramInput = {
      name: `RaM draft from ICP ${record.testDate}`,
      status: 'draft',
      startDate: laterOf(addDays(record.testDate, 1), today),
      elements: record.elements,
      source: { kind: 'RAM_DRAFT', suggestion: record.elements },
    };
    const decision = planProgramSave({
      input,
      userId: record.userId,
      tankId: record.tankId,
      today,
      now: now.toISOString(),
      newProgramId: record.programId,
    });
    if (!decision.ok) throw new Error(`RaM's draft for test ${record.testId} is not a valid program: ${decision.problems.join('; ')}`);
    return decision.plan.save;
  }

  /** The tank's active program (the latest start, should there ever be two). */
  private async activeProgram(ref: TankRef): Promise<DosingProgram | undefined> {
    const active = await this.programs.activeForTank(ref);
    return active.sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  }

  /**
   * How the last RaM draft the keeper activated turned out at this test: the draft's stored record
   * (its suggestions and source readings) against the activated program row and this test's
   * readings. Only a draft that was in force for at least a week before this test counts; one
   * list of the tank's programs and one read, nothing more.
   */
  private async priorOutcomes(ref: TankRef, input: EnsureDraftInput): Promise<PriorDraftOutcome[]> {
    const latestStart = addDays(input.testDate, -MIN_DAYS_IN_FORCE);
    const ran = (p: DosingProgram) =>
      p.status === 'active' || (p.status === 'inactive' && p.endDate !== undefined && p.endDate >= p.startDate);
    const last = (await this.programs.listForTank(ref))
      .filter((p) => p.source?.kind === 'RAM_DRAFT' && ran(p) && p.startDate <= latestStart && p.programId !== draftProgramId(input.testId))
      .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
    const record = last ? await this.records.get(last.programId) : undefined;
    if (!last || !record || record.testDate >= input.testDate) return [];
    return priorDraftOutcomes({ suggestions: record.suggestions, readings: record.readings, activated: last.elements }, input.elements);
  }
}
