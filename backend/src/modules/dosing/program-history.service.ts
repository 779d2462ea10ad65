import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type DosingProgram, type ProgramSavePlan, draftChanges, localDateOf, planProgramSave } from '../../domain/dosing';
import { DomainError, InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import type { TankRecord } from '../account/account.types';
import { DoseCatalogGuard } from './dose-catalog.guard';
import { DosingQueues } from './dosing-queues';
import { DraftActivationListener } from './draft-activation.listener';
import type { ProgramRefDto, SaveProgramDto } from './dto/program-history.dto';
import { type DraftFeedback, type ProgramView, toProgramView } from './program.mapper';
import { ProgramChangedError, ProgramRepository } from './program.repository';
import { type TankRef, tankKey } from './tank-ref';

export interface ProgramSaveView {
  readonly program: ProgramView;
  /** How the save was applied: a new program, a change in place, a new version, or an activation. */
  readonly kind: ProgramSavePlan['kind'];
  /** The active program this save closed (end = yesterday), if any. */
  readonly closed?: ProgramView;
  /** Recorded when the keeper changed a RaM draft before activating it. */
  readonly feedback?: { readonly feedbackId: string; readonly changes: DraftFeedback['changes'] };
  readonly backfillQueued: boolean;
}

export class ProgramConflictError extends DomainError {
  constructor() {
    super('CONFLICT', 'The program changed while saving; reload it and try again');
    this.name = 'ProgramConflictError';
  }
}

/** Dosing programs of a tank: read, save (with versioning and draft activation), delete. */
@Injectable()
export class ProgramHistoryService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly catalog: DoseCatalogGuard,
    private readonly programs: ProgramRepository,
    private readonly queues: DosingQueues,
    private readonly draftListener: DraftActivationListener,
    private readonly clock: Clock,
  ) {}

  async get(userId: string, request: ProgramRefDto): Promise<ProgramView> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    return toProgramView(await this.ownedProgram({ userId, tankId: request.tankId }, request.programId));
  }

  async list(userId: string, request: { tankId: string }): Promise<{ tankId: string; programs: ProgramView[] }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    const programs = await this.programs.listForTank({ userId, tankId: request.tankId });
    return { tankId: request.tankId, programs: programs.map(toProgramView) };
  }

  /** Deletes the program record; doses it generated stay in the history. */
  async delete(userId: string, request: ProgramRefDto): Promise<{ tankId: string; programId: string; deleted: true }> {
    await this.tanks.requireOwnedTank(userId, request.tankId);
    const program = await this.ownedProgram({ userId, tankId: request.tankId }, request.programId);
    await this.conflictsAsDomain(() => this.programs.delete(program));
    return { tankId: request.tankId, programId: program.programId, deleted: true };
  }

  /** Everything is checked before the first write; the program rows then change in one transaction. */
  async save(userId: string, request: SaveProgramDto): Promise<ProgramSaveView> {
    const tank = await this.tanks.requireOwnedTank(userId, request.tankId);
    const ref = { userId, tankId: tank.tankId };
    const existing = request.programId ? await this.ownedProgram(ref, request.programId) : undefined;
    await this.catalog.requireInCatalog(
      tank,
      request.elements.map((e) => e.elementId),
    );
    const now = this.clock.now();
    const active = await this.currentActive(ref, existing);
    const decision = planProgramSave({
      input: {
        name: request.name,
        status: request.status,
        startDate: request.startDate,
        endDate: request.endDate,
        elements: request.elements,
        source: request.source,
      },
      userId,
      tankId: tank.tankId,
      existing,
      active,
      today: localDateOf(now, tank.timezone),
      now: now.toISOString(),
      newProgramId: randomUUID(),
    });
    if (!decision.ok) throw new InvalidRequestError(decision.problems.join('; '), { problems: decision.problems });
    const { plan } = decision;
    const feedback = this.feedbackFor(plan, now.toISOString());
    const savePrevious = plan.kind === 'versioned' ? undefined : existing;
    await this.conflictsAsDomain(() =>
      this.programs.commit({ save: plan.save, savePrevious, close: plan.close, closePrevious: active, feedback }),
    );
    if (plan.backfill) await this.queues.requestBackfill({ ...ref, ...plan.backfill });
    if (plan.activatesRamDraft) await this.tellDraftActivated(plan.save, feedback, now.toISOString(), tank);
    return {
      program: toProgramView(plan.save),
      kind: plan.kind,
      ...(plan.close ? { closed: toProgramView(plan.close) } : {}),
      ...(feedback ? { feedback: { feedbackId: feedback.feedbackId, changes: feedback.changes } } : {}),
      backfillQueued: plan.backfill !== undefined,
    };
  }

  /** A program of this tank, or 404 exactly like one that does not exist. */
  private async ownedProgram(tank: TankRef, programId: string): Promise<DosingProgram> {
    const program = await this.programs.get(programId);
    if (!program || tankKey(program) !== tankKey(tank)) throw new NotFoundError('Program');
    return program;
  }

  /** The tank's active program (the one being saved, when it is the active one). */
  private async currentActive(tank: TankRef, existing: DosingProgram | undefined): Promise<DosingProgram | undefined> {
    if (existing?.status === 'active') return existing;
    const active = await this.programs.activeForTank(tank);
    return active.sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
  }

  private feedbackFor(plan: ProgramSavePlan, createdAt: string): DraftFeedback | undefined {
    const suggestion = plan.save.source?.suggestion;
    if (!plan.activatesRamDraft || !suggestion) return undefined;
    const changes = draftChanges(suggestion, plan.save.elements);
    return changes.length > 0 ? { feedbackId: randomUUID(), program: plan.save, suggestion, changes, createdAt } : undefined;
  }

  private async tellDraftActivated(
    program: DosingProgram,
    feedback: DraftFeedback | undefined,
    activatedAt: string,
    tank: TankRecord,
  ): Promise<void> {
    try {
      await this.draftListener.onDraftActivated({
        program,
        changes: feedback?.changes ?? [],
        feedbackId: feedback?.feedbackId,
        activatedAt,
      });
    } catch (error) {
      logger.error('Draft activation listener failed; the activation stands', {
        programId: program.programId,
        tankId: tank.tankId,
        error: error as Error,
      });
    }
  }

  private async conflictsAsDomain(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (error instanceof ProgramChangedError) throw new ProgramConflictError();
      throw error;
    }
  }
}
