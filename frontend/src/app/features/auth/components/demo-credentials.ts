import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** The demo account of this environment, offered so a visitor can look around a living tank. */
@Component({
  selector: 'ram-demo-credentials',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <aside
      class="rounded-xl border border-lagoon-200 bg-lagoon-50 p-4 text-sm text-reef-900"
      aria-labelledby="demo-heading"
    >
      <h2 id="demo-heading" class="font-semibold">Try the demo tank</h2>
      <dl class="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt class="text-reef-700">Email</dt>
        <dd class="font-mono break-all" data-testid="demo-email">{{ email() }}</dd>
        <dt class="text-reef-700">Password</dt>
        <dd class="font-mono break-all" data-testid="demo-password">{{ password() }}</dd>
      </dl>
      <button type="button" class="btn-secondary mt-3 w-full sm:w-auto" (click)="useDemo.emit()">
        Use demo account
      </button>
    </aside>
  `,
})
export class DemoCredentials {
  readonly email = input.required<string>();
  readonly password = input.required<string>();
  readonly useDemo = output();
}
