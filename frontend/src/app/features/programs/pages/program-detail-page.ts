import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { reloadable, tankAnd } from '../../../shared/latest-load';
import { injectTankToday } from '../../../core/profile/tank-today';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { Notice } from '../../../shared/ui/notice';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { focusAfterRender } from '../../../shared/ui/focus';
import { injectElementLookup } from '../../elements/services/catalogue-lookup';
import { EditorIntent, ProgramEditor } from '../components/program-editor';
import { ProgramElements } from '../components/program-elements';
import { ProgramTags } from '../components/program-tags';
import { DosingProgram, ProgramSaved, periodText, savedText } from '../services/program';
import { PROGRAM_LIST_NOTICE, ProgramHistoryService } from '../services/program-history.service';

/**
 * `/app/programs/:programId`: one program with its elements and dosing days, and what can be done
 * with it (edit, activate a draft, delete). `/app/programs/new` opens the editor for a new one.
 */
@Component({
  selector: 'ram-program-detail-page',
  imports: [
    RouterLink,
    EmptyState,
    LoadStateFrame,
    ConfirmButton,
    Notice,
    SelectedTankFrame,
    ProgramEditor,
    ProgramElements,
    ProgramTags,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-detail-page.html',
})
export class ProgramDetailPage {
  /** The route's program id; absent on `/app/programs/new`. */
  readonly programId = input<string>();

  private readonly selection = inject(TankSelection);
  protected readonly tank = this.selection.selectedTank;
  private readonly programs = inject(ProgramHistoryService);
  protected readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly today = injectTankToday();
  protected readonly lookup = injectElementLookup('dose', this.selection.selectedTankId);
  protected readonly periodText = periodText;

  protected readonly program = reloadable(
    tankAnd(this.selection.selectedTankId, this.programId),
    ({ tankId, id }) => this.programs.get(tankId, id),
  );
  protected readonly shown = this.program.value;
  /** What the page is doing with the program: showing it, or editing it for an intent. */
  protected readonly mode = signal<'view' | EditorIntent>('view');
  protected readonly notice = signal<{ text: string; tone: 'done' | 'problem' } | null>(null);
  protected readonly deleting = signal(false);

  constructor() {
    // A new program id (after a save that made a new record) starts in view, with what the save left.
    effect(() => {
      const programId = this.programId() ?? '';
      untracked(() => {
        this.mode.set('view');
        const text = this.programs.takeNotice(programId);
        this.notice.set(text ? { text, tone: 'done' } : null);
      });
    });
  }

  protected edit(intent: EditorIntent): void {
    this.notice.set(null);
    this.mode.set(intent);
  }

  protected closeEditor(): void {
    this.mode.set('view');
    focusAfterRender(this.injector, 'program-heading');
  }

  protected onSaved(saved: ProgramSaved): void {
    const text = savedText(saved);
    const programId = saved.program.programId;
    if (programId !== this.programId()) {
      this.programs.leaveNotice(programId, text);
      void this.router.navigate(['/app/programs', programId], { replaceUrl: !this.programId() });
      return;
    }
    this.program.update(() => saved.program);
    this.mode.set('view');
    this.notice.set({ text, tone: 'done' });
  }

  protected async remove(program: DosingProgram): Promise<void> {
    this.deleting.set(true);
    const outcome = await this.programs.remove(program.tankId, program.programId);
    this.deleting.set(false);
    if (outcome.ok) {
      this.programs.leaveNotice(PROGRAM_LIST_NOTICE, `Deleted “${program.name}”.`);
      void this.router.navigate(['/app/programs']);
      return;
    }
    this.notice.set({
      text: outcome.message ?? 'The program could not be deleted. Try again in a moment.',
      tone: 'problem',
    });
  }
}
