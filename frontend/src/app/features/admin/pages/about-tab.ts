import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { readyValue } from '../../../shared/load-state';
import { LoadStateFrame } from '../../../shared/ui/load-state-frame';
import { when } from '../services/admin-format';
import { AdminOverviewStore } from '../services/admin-overview.store';

/** About: what is deployed (version, commit, build time, environment) and the release notes. */
@Component({
  selector: 'ram-admin-about-tab',
  imports: [LoadStateFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-load-state-frame
      [state]="store.overview()"
      loadingLabel="Reading the build…"
      failedHeading="The build could not be read."
      (retry)="store.load()"
    >
      @if (overview(); as o) {
        <section class="card" aria-labelledby="build-heading">
          <h2 id="build-heading" class="text-lg font-semibold">Deployed build</h2>
          <dl class="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" id="build-info">
            <dt class="text-reef-600">Version</dt>
            <dd>{{ o.build.version }}</dd>
            <dt class="text-reef-600">Commit</dt>
            <dd class="font-mono">{{ o.build.commit }}</dd>
            <dt class="text-reef-600">Built</dt>
            <dd>{{ at(o.build.builtAt) }}</dd>
            <dt class="text-reef-600">Environment</dt>
            <dd>{{ o.build.environment }}</dd>
          </dl>
        </section>
        <section class="card mt-4" aria-labelledby="notes-heading">
          <h2 id="notes-heading" class="text-lg font-semibold">Release notes</h2>
          @for (release of o.releases; track release.version) {
            <h3 class="mt-4 font-semibold">
              {{ release.version }}
              @if (release.date) {
                <span class="font-normal text-reef-600">· {{ release.date }}</span>
              }
            </h3>
            <ul class="mt-1 list-disc space-y-1 pl-5 text-sm text-reef-800">
              @for (note of release.notes; track $index) {
                <li>{{ note }}</li>
              }
            </ul>
          } @empty {
            <p class="mt-2 text-sm text-reef-600">No changelog was bundled with this build.</p>
          }
        </section>
      }
    </ram-load-state-frame>
  `,
})
export class AboutTab {
  protected readonly store = inject(AdminOverviewStore);
  protected readonly overview = computed(() => readyValue(this.store.overview()));
  protected readonly at = when;
}
