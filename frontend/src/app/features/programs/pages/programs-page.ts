import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { reloadable } from '../../../shared/latest-load';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { Notice } from '../../../shared/ui/notice';
import { SelectedTankFrame } from '../../../shared/ui/selected-tank-frame';
import { ProgramTags } from '../components/program-tags';
import { periodText, programGroups } from '../services/program';
import { PROGRAM_LIST_NOTICE, ProgramHistoryService } from '../services/program-history.service';

/** `/app/programs`: the tank's active program, its drafts and the programs that ended. */
@Component({
  selector: 'ram-programs-page',
  imports: [RouterLink, EmptyState, LoadStateFrame, Notice, SelectedTankFrame, ProgramTags],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 class="text-2xl font-semibold text-reef-900 sm:text-3xl">Dosing programs</h1>
        <p class="mt-1 text-reef-700">What your tank gets on which days, logged for you.</p>
      </div>
      @if (tank()) {
        <a routerLink="/app/programs/new" class="btn-primary">New program</a>
      }
    </div>

    @if (notice(); as text) {
      <ram-notice class="mt-4" noticeId="programs-notice" [text]="text" />
    }

    <ram-selected-tank-frame
      class="mt-6"
      noTankText="Add a tank to your profile to plan its dosing."
    >
      @if (tank()) {
        <ram-load-state-frame
          [state]="programs.state()"
          loadingLabel="Loading your programs…"
          failedHeading="Your programs could not be loaded"
          (retry)="programs.reload()"
        >
          @if (groups(); as groups) {
            @if (groups.active.length + groups.drafts.length + groups.ended.length === 0) {
              <ram-empty-state
                heading="No dosing programs yet"
                description="A program logs your daily doses for you on the days you choose."
              >
                <a routerLink="/app/programs/new" class="btn-primary mt-4">Create a program</a>
              </ram-empty-state>
            } @else {
              <div class="space-y-8">
                @for (section of sections(); track section.id) {
                  <section [attr.aria-labelledby]="section.id">
                    <h2 [id]="section.id" class="text-lg font-semibold text-reef-900">
                      {{ section.heading }}
                    </h2>
                    @if (section.programs.length === 0) {
                      <p class="mt-2 text-sm text-reef-600">{{ section.empty }}</p>
                    } @else {
                      <ul class="mt-3 space-y-3">
                        @for (program of section.programs; track program.programId) {
                          <li>
                            <a
                              class="card block hover:border-lagoon-300 focus-visible:border-lagoon-300"
                              [routerLink]="['/app/programs', program.programId]"
                              data-testid="program-link"
                            >
                              <span class="flex flex-wrap items-center gap-2">
                                <span class="font-semibold text-reef-900">{{ program.name }}</span>
                                <ram-program-tags [program]="program" />
                              </span>
                              <span class="mt-1 block text-sm text-reef-700">
                                <span class="sr-only">, </span>{{ periodText(program) }} ·
                                {{ program.elements.length }}
                                {{ program.elements.length === 1 ? 'element' : 'elements' }}
                              </span>
                            </a>
                          </li>
                        }
                      </ul>
                    }
                  </section>
                }
              </div>
            }
          }
        </ram-load-state-frame>
      }
    </ram-selected-tank-frame>
  `,
})
export class ProgramsPage {
  private readonly selection = inject(TankSelection);
  private readonly history = inject(ProgramHistoryService);

  protected readonly tank = this.selection.selectedTank;
  protected readonly periodText = periodText;
  protected readonly notice = signal(this.history.takeNotice(PROGRAM_LIST_NOTICE));

  protected readonly programs = reloadable(
    () => this.selection.selectedTankId(),
    (tankId) => this.history.list(tankId),
  );
  protected readonly groups = computed(() => {
    const programs = this.programs.value();
    return programs ? programGroups(programs) : null;
  });
  protected readonly sections = computed(() => {
    const groups = this.groups();
    if (!groups) return [];
    return [
      {
        id: 'programs-active',
        heading: 'Active',
        programs: groups.active,
        empty: 'No program is active: your doses are only what you log yourself.',
      },
      {
        id: 'programs-drafts',
        heading: 'Drafts',
        programs: groups.drafts,
        empty: 'No drafts. RaM drafts one when an ICP result suggests a change.',
      },
      { id: 'programs-ended', heading: 'Ended', programs: groups.ended, empty: 'None yet.' },
    ];
  });
}
