import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DosingProgram, STATUS_TAGS, isRamDraft } from '../services/program';

/** A program's status chip, and whether RaM suggested it; read out as separate words. */
@Component({
  selector: 'ram-program-tags',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'inline-flex flex-wrap items-center gap-2' },
  template: `
    <span
      class="rounded-full px-2 py-px text-xs font-medium"
      [class]="status().tone"
      data-testid="program-status"
      ><span class="sr-only">, </span>{{ status().text }}</span
    >
    @if (fromRam()) {
      <span class="rounded-full bg-amber-100 px-2 py-px text-xs font-medium text-amber-900"
        ><span class="sr-only">, </span>Suggested by RaM</span
      >
    }
  `,
})
export class ProgramTags {
  readonly program = input.required<DosingProgram>();

  protected readonly status = computed(() => STATUS_TAGS[this.program().status]);
  protected readonly fromRam = computed(() => isRamDraft(this.program()));
}
