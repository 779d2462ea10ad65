import { DOCUMENT, DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { RuntimeConfigService } from '../../../core/config/runtime-config.service';
import { AuthSession } from '../../../core/identity/auth-session';
import { HistoryLists, RailSectionState } from '../../history/services/history-lists';
import { isUnfinished } from '../../history/services/history-status';
import { parseRealtimeMessage } from './realtime-message';
import {
  RECONNECT_POLICY,
  WEB_SOCKET_FACTORY,
  WebSocketLike,
  reconnectDelay,
} from './web-socket-factory';

/** Whether live updates flow: opening a connection, connected, or not connected (and retrying). */
export type ConnectionStatus = 'connecting' | 'live' | 'offline';

/** How long after the app's own change the lists are read again, in case a message raced ahead. */
export const FALLBACK_REFRESH_MS = 3_000;

/**
 * While a test on the rail is still being read or evaluated, the lists are read again this often, in
 * case its pushed update was lost (a post to a connection can fail); at most `UNFINISHED_REFRESHES`
 * times in a row, so a test stuck for good does not poll forever.
 */
export const UNFINISHED_REFRESH_MS = 15_000;
export const UNFINISHED_REFRESHES = 40;

const hasUnfinishedTest = (tests: RailSectionState) =>
  tests.status === 'ready' && tests.items.some((item) => isUnfinished(item.status));

/**
 * The one WebSocket of this tab. It connects with the keeper's current ID token, applies pushed
 * history changes to the rail's lists, reconnects with a growing wait (capped) after a loss and at
 * once when the token is refreshed, and reads the lists again after every reconnect so nothing
 * sent while it was away is missed.
 */
@Injectable({ providedIn: 'root' })
export class WebSocketManager {
  private readonly session = inject(AuthSession);
  private readonly config = inject(RuntimeConfigService);
  private readonly openSocket = inject(WEB_SOCKET_FACTORY);
  private readonly policy = inject(RECONNECT_POLICY);
  private readonly lists = inject(HistoryLists);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<ConnectionStatus>('offline');

  private running = false;
  private socket: WebSocketLike | null = null;
  /** The token of the latest connection, to tell a refreshed token from the one in use. */
  private socketToken: string | null = null;
  private attempt = 0;
  private wasLive = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  private unfinishedTimer: ReturnType<typeof setTimeout> | undefined;
  private unfinishedReads = 0;
  // Bumped for every new connection, so events of a socket that was replaced are ignored.
  private generation = 0;

  readonly status = this.state.asReadonly();

  constructor() {
    effect(() => {
      const token = this.session.idToken();
      untracked(() => this.tokenChanged(token));
    });
    effect(() => {
      const unfinished = hasUnfinishedTest(this.lists.section('test')());
      untracked(() => this.watchUnfinished(unfinished));
    });
    const window = this.document.defaultView;
    const backOnline = () => {
      if (this.retryTimer !== undefined) void this.connect();
    };
    window?.addEventListener('online', backOnline);
    inject(DestroyRef).onDestroy(() => {
      window?.removeEventListener('online', backOnline);
      this.stop();
    });
  }

  /** Opens the connection (the signed-in shell calls this); calling it again does nothing. */
  start(): void {
    if (this.running) return;
    this.running = true;
    void this.connect();
    this.watchUnfinished(hasUnfinishedTest(this.lists.section('test')()));
  }

  /** Closes the connection for good, until the next `start`. */
  stop(): void {
    this.running = false;
    this.wasLive = false;
    this.socketToken = null;
    clearTimeout(this.fallbackTimer);
    this.watchUnfinished(false);
    this.disconnect();
  }

  /**
   * Call after the app's own change to a history (a saved dose, an upload): the lists are read once
   * more shortly after, in case the pushed message arrived before the rail was listening.
   */
  refreshAfterOwnChange(): void {
    clearTimeout(this.fallbackTimer);
    this.fallbackTimer = setTimeout(() => this.lists.refresh(), FALLBACK_REFRESH_MS);
  }

  /** Reads the lists again every `UNFINISHED_REFRESH_MS` while a test is unfinished (bounded). */
  private watchUnfinished(unfinished: boolean): void {
    if (!unfinished || !this.running) {
      clearTimeout(this.unfinishedTimer);
      this.unfinishedTimer = undefined;
      this.unfinishedReads = 0;
      return;
    }
    if (this.unfinishedTimer !== undefined || this.unfinishedReads >= UNFINISHED_REFRESHES) return;
    this.unfinishedTimer = setTimeout(() => {
      this.unfinishedTimer = undefined;
      this.unfinishedReads++;
      this.lists.refresh();
      // A refresh that fails keeps the list as it was: look again anyway.
      this.watchUnfinished(hasUnfinishedTest(this.lists.section('test')()));
    }, UNFINISHED_REFRESH_MS);
  }

  private tokenChanged(token: string | null): void {
    if (!this.running || token === this.socketToken) return;
    if (token === null) {
      // Signed out: no token to connect with, so no retry either.
      this.socketToken = null;
      this.disconnect();
      return;
    }
    // A refreshed token: reconnect now, so the connection never rests on an expired token.
    this.attempt = 0;
    void this.connect();
  }

  private async connect(): Promise<void> {
    const generation = this.disconnect();
    this.state.set('connecting');
    const token = await this.session.currentIdToken();
    if (generation !== this.generation || !this.running) return;
    if (!token) return void this.state.set('offline');

    this.socketToken = token;
    const socket = this.openSocket(this.socketUrl(token));
    this.socket = socket;
    const current = () => generation === this.generation;

    socket.onopen = () => {
      if (!current()) return;
      this.attempt = 0;
      this.state.set('live');
      if (this.wasLive) this.lists.refresh();
      this.wasLive = true;
    };
    socket.onmessage = (event) => {
      const change = current() ? parseRealtimeMessage(event.data) : null;
      if (change) this.lists.apply(change);
    };
    socket.onclose = () => {
      if (!current()) return;
      this.socket = null;
      this.state.set('offline');
      this.scheduleRetry();
    };
    // Every failure is followed by a close event, which schedules the retry.
    socket.onerror = () => undefined;
  }

  private scheduleRetry(): void {
    const delay = reconnectDelay(this.attempt++, this.policy);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, delay);
  }

  /** Drops the socket and any pending retry; returns the generation the next connection uses. */
  private disconnect(): number {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.socket?.close(1000);
    this.socket = null;
    this.state.set('offline');
    return ++this.generation;
  }

  /** `wsUrl` with the token; a relative `wsUrl` is taken from the page's own host. */
  private socketUrl(token: string): string {
    const url = new URL(this.config.current.wsUrl, this.document.location?.href);
    url.protocol = url.protocol.replace(/^http/, 'ws');
    url.searchParams.set('token', token);
    return url.toString();
  }
}
