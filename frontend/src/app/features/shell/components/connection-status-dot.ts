import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ConnectionStatus } from '../../realtime/services/web-socket-manager';

const PRESENTATION: Record<ConnectionStatus, { label: string; dot: string }> = {
  live: { label: 'Live updates on', dot: 'bg-lagoon-400' },
  connecting: {
    label: 'Connecting to live updates…',
    dot: 'bg-amber-400 animate-pulse motion-reduce:animate-none',
  },
  offline: { label: 'Live updates offline, retrying', dot: 'bg-coral-500' },
};

/** A small dot with a label saying whether live updates are flowing. */
@Component({
  selector: 'ram-connection-status-dot',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'inline-flex items-center gap-2 text-xs',
    'data-testid': 'connection-status',
    '[attr.data-status]': 'status()',
    '[attr.title]': 'presentation().label',
  },
  template: `
    <span
      class="size-2.5 shrink-0 rounded-full"
      [class]="presentation().dot"
      aria-hidden="true"
    ></span>
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
