import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  output,
  untracked,
} from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { RamLogo } from '../../../shared/ui/ram-logo';
import { ProfileService } from '../../../core/profile/profile.service';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { CloseIcon } from '../../../shared/ui/close-icon';
import { HistoryKind } from '../../history/services/history-item';
import { HistoryLists, RailTank } from '../../history/services/history-lists';
import { WebSocketManager } from '../../realtime/services/web-socket-manager';
import { UploadDialogService } from '../../upload/services/upload-dialog.service';
import { ConnectionStatusDot } from './connection-status-dot';
import { HistorySection } from './history-section';
import { TankSwitcher } from './tank-switcher';

const RAIL_SECTIONS: readonly { kind: HistoryKind; heading: string; emptyText: string }[] = [
  { kind: 'test', heading: 'Tests', emptyText: 'No tests yet.' },
  { kind: 'dose', heading: 'Doses', emptyText: 'No doses logged yet.' },
  { kind: 'program', heading: 'Programs', emptyText: 'No dosing programs yet.' },
];

const tankIdOf = (tank: RailTank) => (tank.status === 'chosen' ? tank.tankId : null);

/** The left rail: brand, tank switcher, page links, the Tests / Doses / Programs lists, live status. */
@Component({
  selector: 'ram-side-rail',
  imports: [
    RouterLink,
    RouterLinkActive,
    RamLogo,
    TankSwitcher,
    HistorySection,
    ConnectionStatusDot,
    CloseIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'theme-night block bg-reef-950 text-white' },
  template: `
    <!-- The rail's background runs the page's full height; the links stay in view as it scrolls. -->
    <nav
      aria-label="Main"
      class="flex h-full flex-col gap-6 overflow-y-auto p-4 lg:sticky lg:top-0 lg:h-dvh"
    >
      <div class="flex items-center justify-between gap-2">
        <a routerLink="/app" class="rounded-lg"
          ><ram-logo tone="light" /><span class="sr-only">Home</span></a
        >
        <button
          type="button"
          id="nav-close"
          class="-mr-2 rounded-lg p-2 text-reef-100 hover:bg-reef-900 lg:hidden"
          (click)="closeRequested.emit()"
        >
          <span class="sr-only">Close navigation</span>
          <ram-close-icon class="size-5" />
        </button>
      </div>
      <ram-tank-switcher
        [tanks]="selection.tanks()"
        [selectedTankId]="selection.selectedTankId()"
        (tankSelected)="selection.select($event)"
      />
      <ul class="space-y-1 text-sm">
        @for (link of links(); track link.path) {
          <li>
            <a
              [routerLink]="link.path"
              routerLinkActive="bg-reef-800 text-white"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: link.exact }"
              class="flex min-h-11 items-center rounded-lg px-3 text-reef-100 hover:bg-reef-900"
              >{{ link.label }}</a
            >
          </li>
        }
      </ul>
      @for (section of sections; track section.kind) {
        <ram-history-section
          [kind]="section.kind"
          [heading]="section.heading"
          [state]="section.state()"
          [emptyText]="section.emptyText"
        >
          @if (section.kind === 'test') {
            <button
              type="button"
              id="rail-upload"
              class="mt-2 mb-1 flex min-h-11 w-full items-center justify-center gap-2 rounded-lg bg-lagoon-600 px-3 text-sm font-medium text-white hover:bg-lagoon-700"
              (click)="uploadDialog.open()"
            >
              <svg viewBox="0 0 24 24" class="size-4 fill-current" aria-hidden="true">
                <path
                  d="M11 16V7.8l-3 3L6.6 9.4 12 4l5.4 5.4-1.4 1.4-3-3V16h-2Zm-6 4v-5h2v3h10v-3h2v5H5Z"
                />
              </svg>
              Upload ICP
            </button>
          }
        </ram-history-section>
      }
      <ram-connection-status-dot
        class="mt-auto border-t border-reef-800 pt-4 text-reef-200"
        [status]="realtime.status()"
      />
    </nav>
  `,
})
export class SideRail {
  protected readonly selection = inject(TankSelection);
  protected readonly realtime = inject(WebSocketManager);
  protected readonly uploadDialog = inject(UploadDialogService);
  private readonly profile = inject(ProfileService);
  private readonly lists = inject(HistoryLists);
  /** The close button shown on small screens, where the rail opens over the page. */
  readonly closeRequested = output();

  private readonly railTank = computed<RailTank>(
    () => {
      const status = this.profile.profile().status;
      if (status !== 'ready') return { status };
      const tankId = this.selection.selectedTankId();
      return tankId ? { status: 'chosen', tankId } : { status: 'no-tank' };
    },
    // Saving the profile must not reload the lists; only a different tank (or state) should.
    { equal: (a, b) => a.status === b.status && tankIdOf(a) === tankIdOf(b) },
  );

  private readonly keeperLinks = [
    { path: '/app', label: 'Home', exact: true },
    { path: '/app/reef-review', label: 'Reef Review', exact: false },
    { path: '/app/tests', label: 'Tests', exact: true },
    { path: '/app/doses', label: 'Doses', exact: true },
    { path: '/app/targets', label: 'Targets', exact: true },
    { path: '/app/templates', label: 'Templates', exact: true },
    { path: '/app/profile', label: 'Profile', exact: true },
  ];
  private readonly adminLink = { path: '/app/admin', label: 'Admin console', exact: false };
  protected readonly links = computed(() =>
    this.profile.loaded()?.user.isAdmin ? [...this.keeperLinks, this.adminLink] : this.keeperLinks,
  );

  protected readonly sections = RAIL_SECTIONS.map((section) => ({
    ...section,
    state: this.lists.section(section.kind),
  }));

  constructor() {
    effect(() => {
      const tank = this.railTank();
      untracked(() => this.lists.show(tank));
    });
  }
}
