import { ChangeDetectionStrategy, Component, inject, input, Injector, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Tank } from '../../../shared/tanks/tank';
import { TankFacts } from '../../../shared/tanks/tank-facts';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { focusAfterRender } from '../../../shared/ui/focus';
import { TankEditor } from './tank-editor';

/** What the list says after a save, with the tank to offer switching to when it was added. */
interface SavedNote {
  readonly text: string;
  readonly switchTo?: Tank;
}

/** The keeper's tanks: each with its settings and an Edit button, and a way to add one. */
@Component({
  selector: 'ram-tank-list',
  imports: [RouterLink, TankFacts, TankEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <ul class="divide-y divide-reef-100">
      @for (tank of tanks(); track tank.tankId) {
        <li class="py-4 first:pt-0" [attr.data-testid]="'tank-' + tank.tankId">
          @if (editing() === tank.tankId) {
            <ram-tank-editor
              [tank]="tank"
              (saved)="finish($event, false)"
              (cancelled)="close(tank.tankId)"
            />
          } @else {
            <div class="flex items-center justify-between gap-3">
              <h3 class="min-w-0 font-medium break-words text-reef-900">
                {{ tank.name }}
                @if (tank.tankId === selection.selectedTankId()) {
                  <span
                    class="ml-1 rounded-full bg-lagoon-100 px-2 py-0.5 align-middle text-xs font-medium text-lagoon-800"
                    >Showing</span
                  >
                }
              </h3>
              <button
                type="button"
                class="btn-secondary min-h-10 shrink-0 px-3 py-1 text-sm"
                [id]="'edit-' + tank.tankId"
                (click)="open(tank.tankId)"
              >
                Edit<span class="sr-only"> {{ tank.name }}</span>
              </button>
            </div>
            <ram-tank-facts class="mt-2" [tank]="tank" />
            <a
              routerLink="/app/targets"
              [queryParams]="{ tank: tank.tankId }"
              class="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-lagoon-800 underline"
              >Target ranges<span class="sr-only"> of {{ tank.name }}</span></a
            >
            <a
              routerLink="/app/templates"
              [queryParams]="{ tank: tank.tankId }"
              class="mt-2 ml-4 inline-flex min-h-11 items-center text-sm font-medium text-lagoon-800 underline"
              >Templates<span class="sr-only"> of {{ tank.name }}</span></a
            >
          }
        </li>
      }
    </ul>

    <div class="mt-4 border-t border-reef-100 pt-4">
      @if (editing() === 'new') {
        <ram-tank-editor
          [startFrom]="tanks().at(0) ?? null"
          (saved)="finish($event, true)"
          (cancelled)="close('new')"
        />
      } @else {
        <button
          type="button"
          id="add-tank"
          class="btn-secondary w-full sm:w-auto"
          (click)="open('new')"
        >
          <svg viewBox="0 0 20 20" class="size-4 fill-current" aria-hidden="true">
            <path d="M9 4h2v5h5v2h-5v5H9v-5H4V9h5V4Z" />
          </svg>
          Add a tank
        </button>
      }
    </div>

    <div role="status" class="mt-3 text-sm text-lagoon-800">
      @if (note(); as note) {
        <p class="flex flex-wrap items-center gap-x-3 gap-y-1">
          {{ note.text }}
          @if (note.switchTo; as tank) {
            <button
              type="button"
              class="font-medium text-lagoon-800 underline"
              (click)="switchTo(tank)"
            >
              Show {{ tank.name }}
            </button>
          }
        </p>
      }
    </div>
  `,
})
export class TankList {
  readonly tanks = input.required<readonly Tank[]>();

  protected readonly selection = inject(TankSelection);
  private readonly injector = inject(Injector);
  /** The tank whose form is open, `new` for the add form, or null. */
  protected readonly editing = signal<string | null>(null);
  protected readonly note = signal<SavedNote | null>(null);

  protected open(key: string): void {
    this.note.set(null);
    this.editing.set(key);
  }

  protected close(key: string): void {
    this.editing.set(null);
    focusAfterRender(this.injector, key === 'new' ? 'add-tank' : `edit-${key}`);
  }

  protected finish(tank: Tank, added: boolean): void {
    this.editing.set(null);
    this.note.set(
      added ? { text: `Added ${tank.name}.`, switchTo: tank } : { text: `Saved ${tank.name}.` },
    );
    focusAfterRender(this.injector, `edit-${tank.tankId}`);
  }

  protected switchTo(tank: Tank): void {
    this.selection.select(tank.tankId);
    this.note.set({ text: `Now showing ${tank.name} across RaM.` });
  }
}
