import type { DosingProgram, DraftElementChange, ProgramElement } from '../../domain/dosing';
import type { Item } from './dose-day.mapper';
import { tankKey } from './tank-ref';

const toElementItem = (e: ProgramElement): Item => ({ element_id: e.elementId, amount: e.amount, unit: e.unit, weekdays: [...e.weekdays] });
/** A stored program element (also the shape of draft feedback's suggestion and activated lists). */
export const toElement = (i: Item): ProgramElement => ({
  elementId: i.element_id as string,
  amount: Number(i.amount),
  unit: i.unit as string,
  weekdays: (i.weekdays as number[]).map(Number) as ProgramElement['weekdays'],
});

/** A program row. It carries the owner, tank, status, name and start the realtime messages are built from. */
export function toProgramItem(p: DosingProgram): Item {
  return {
    program_id: p.programId,
    user_id: p.userId,
    tank_id: p.tankId,
    user_id_tank_id: tankKey(p),
    name: p.name,
    status: p.status,
    start_date: p.startDate,
    end_date: p.endDate,
    elements: p.elements.map(toElementItem),
    source: p.source ? { kind: p.source.kind, suggestion: p.source.suggestion.map(toElementItem) } : undefined,
    previous_program_id: p.previousProgramId,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export function toProgram(i: Item): DosingProgram {
  const source = i.source as { kind: 'RAM_DRAFT'; suggestion: Item[] } | undefined;
  return {
    programId: i.program_id as string,
    userId: i.user_id as string,
    tankId: i.tank_id as string,
    name: i.name as string,
    status: i.status as DosingProgram['status'],
    startDate: i.start_date as string,
    ...(i.end_date !== undefined ? { endDate: i.end_date as string } : {}),
    elements: ((i.elements as Item[] | undefined) ?? []).map(toElement),
    ...(source ? { source: { kind: source.kind, suggestion: source.suggestion.map(toElement) } } : {}),
    ...(i.previous_program_id !== undefined ? { previousProgramId: i.previous_program_id as string } : {}),
    createdAt: i.created_at as string,
    updatedAt: i.updated_at as string,
  };
}

export type ProgramView = Omit<DosingProgram, 'userId'>;

export const toProgramView = ({ userId: _userId, ...view }: DosingProgram): ProgramView => view;

/** What the keeper changed in a RaM draft before activating it. */
export interface DraftFeedback {
  readonly feedbackId: string;
  readonly program: DosingProgram;
  readonly suggestion: readonly ProgramElement[];
  readonly changes: readonly DraftElementChange[];
  readonly createdAt: string;
}

export function toFeedbackItem(f: DraftFeedback): Item {
  return {
    feedback_id: f.feedbackId,
    entity_type: 'DRAFT_FEEDBACK',
    user_id: f.program.userId,
    tank_id: f.program.tankId,
    user_id_tank_id: tankKey(f.program),
    program_id: f.program.programId,
    created_at: f.createdAt,
    suggestion: f.suggestion.map(toElementItem),
    activated: f.program.elements.map(toElementItem),
    changes: f.changes.map((c) => ({
      element_id: c.elementId,
      kind: c.kind,
      suggested: c.suggested ? toElementItem(c.suggested) : undefined,
      activated: c.activated ? toElementItem(c.activated) : undefined,
      amount_changed: c.amountChanged,
      unit_changed: c.unitChanged,
      weekdays_added: [...c.weekdaysAdded],
      weekdays_removed: [...c.weekdaysRemoved],
    })),
  };
}
