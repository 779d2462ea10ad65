import { Injectable, signal } from '@angular/core';

export type ConnectionStatus = 'live' | 'connecting' | 'offline' | 'not-available';

/**
 * The live-update connection the shell's status dot reports on. The WebSocket client lands in a
 * later slice; until then the status says so honestly instead of pretending to be live.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeConnection {
  private readonly state = signal<ConnectionStatus>('not-available');
  readonly status = this.state.asReadonly();
}
