import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ConnectionStatus } from '../../../core/realtime/realtime-connection';

const PRESENTATION: Record<ConnectionStatus, { label: string; dot: string }> = {
  live: { label: 'Live updates on', dot: 'bg-lagoon-500' },
  connecting: {
    label: 'Connecting to live updates',
    dot: 'bg-amber-400 animate-pulse motion-reduce:animate-none',
  },
  offline: { label: 'Live updates offline', dot: 'bg-coral-500' },
  'not-available': { label: 'Live updates coming soon', dot: 'bg-reef-300' },
};

/** A small dot with a label saying whether live updates are flowing. */
@Component({
  selector: 'ram-connection-status-dot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'inline-flex items-center gap-2 text-xs' },
  template: `
    <span class="size-2.5 rounded-full" [class]="presentation().dot" aria-hidden="true"></span>
    <span [class.sr-only]="!showLabel()" data-testid="connection-label">{{
      presentation().label
    }}</span>
  `,
})
export class ConnectionStatusDot {
  readonly status = input.required<ConnectionStatus>();
  readonly showLabel = input(true);
  protected readonly presentation = computed(() => PRESENTATION[this.status()]);
}
