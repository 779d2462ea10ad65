import type { WebSocketLike } from '../app/features/realtime/services/web-socket-factory';

/** A WebSocket the test drives: open it, push frames into it, drop it. */
export class FakeWebSocket implements WebSocketLike {
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onclose: WebSocketLike['onclose'] = null;
  onerror: WebSocketLike['onerror'] = null;
  /** The close code the app used, once it closed this socket. */
  closedWith: number | undefined;

  constructor(readonly url: string) {}

  get token(): string | null {
    return new URL(this.url).searchParams.get('token');
  }

  close(code = 1005): void {
    this.closedWith = code;
  }

  open(): void {
    this.onopen?.(new Event('open'));
  }

  receive(message: object | string): void {
    const data = typeof message === 'string' ? message : JSON.stringify(message);
    this.onmessage?.(new MessageEvent('message', { data }));
  }

  /** The server refuses or loses the connection: an error, then a close. */
  drop(code = 1006): void {
    this.onerror?.(new Event('error'));
    this.onclose?.(new CloseEvent('close', { code }));
  }
}

/** Stands in for WEB_SOCKET_FACTORY and keeps every socket the app opened, oldest first. */
export class FakeWebSocketServer {
  readonly sockets: FakeWebSocket[] = [];
  readonly factory = (url: string): FakeWebSocket => {
    const socket = new FakeWebSocket(url);
    this.sockets.push(socket);
    return socket;
  };

  get latest(): FakeWebSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error('No WebSocket was opened');
    return socket;
  }
}
