import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FakeWebSocketServer } from '../../../../testing/fake-web-socket';
import { provideTestHttp } from '../../../../testing/providers';
import { AuthSession } from '../../../core/identity/auth-session';
import { HistoryLists } from '../../history/services/history-lists';
import { RECONNECT_POLICY, WEB_SOCKET_FACTORY, reconnectDelay } from './web-socket-factory';
import {
  FALLBACK_REFRESH_MS,
  UNFINISHED_REFRESHES,
  UNFINISHED_REFRESH_MS,
  WebSocketManager,
} from './web-socket-manager';

describe('WebSocketManager', () => {
  let server: FakeWebSocketServer;
  let http: HttpTestingController;
  let lists: HistoryLists;
  let sut: WebSocketManager;

  beforeEach(async () => {
    vi.useFakeTimers();
    server = new FakeWebSocketServer();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        { provide: WEB_SOCKET_FACTORY, useValue: server.factory },
        {
          provide: RECONNECT_POLICY,
          useValue: { firstDelayMs: 1_000, maxDelayMs: 30_000, random: () => 1 },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    lists = TestBed.inject(HistoryLists);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
    sut = TestBed.inject(WebSocketManager);
  });

  afterEach(() => {
    // Real timers first: a failed verify must not leave fake ones behind for other spec files.
    vi.useRealTimers();
    sut.stop();
    http.verify();
  });

  /** Lets the manager read the token and open its socket; effects run too. */
  async function settle(ms = 0): Promise<void> {
    await vi.advanceTimersByTimeAsync(ms);
    TestBed.tick();
    await vi.advanceTimersByTimeAsync(0);
  }

  async function answerLists(items: Record<string, object[]> = {}): Promise<void> {
    await settle();
    for (const kind of ['test', 'dose', 'program']) {
      http.expectOne(`/api/${kind}/history/list`).flush({ items: items[kind] ?? [] });
    }
  }

  async function connected() {
    sut.start();
    await settle();
    server.latest.open();
    return server.latest;
  }

  it('connects with the current ID token and says live once the socket opens', async () => {
    sut.start();
    expect(sut.status()).toBe('connecting');
    await settle();

    expect(server.sockets).toHaveLength(1);
    expect(server.latest.url).toBe('ws://localhost:3000/ws?token=id-1');
    server.latest.open();
    expect(sut.status()).toBe('live');
  });

  it('applies upserts and removals for the tank on screen straight to the rail’s lists', async () => {
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await answerLists({
      test: [{ id: 'old', date: '2026-02-01', label: 'Manual test', status: 'DONE' }],
    });
    const socket = await connected();

    socket.receive({
      type: 'TEST',
      op: 'upsert',
      tankId: 'tank-1',
      item: { id: 'icp-1', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO' },
    });
    socket.receive({
      type: 'TEST',
      op: 'remove',
      tankId: 'tank-1',
      item: { id: 'old', label: 'x' },
    });
    socket.receive({
      type: 'DOSE',
      op: 'upsert',
      tankId: 'another-tank',
      item: { id: '2026-03-01', label: '2 doses' },
    });

    expect(lists.section('test')()).toEqual({
      status: 'ready',
      items: [{ id: 'icp-1', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO' }],
    });
    expect(lists.section('dose')()).toEqual({ status: 'ready', items: [] });
  });

  it('ignores frames that are not history messages', async () => {
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await answerLists();
    const socket = await connected();

    socket.receive('{"message":"Forbidden"}');
    socket.receive('not json');

    expect(lists.section('test')()).toEqual({ status: 'ready', items: [] });
    expect(sut.status()).toBe('live');
  });

  it('waits twice as long after each failed attempt, never more than 30 s', async () => {
    sut.start();
    await settle();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      server.latest.drop();
      expect(sut.status()).toBe('offline');
      const opened = server.sockets.length;
      let waited = 0;
      while (server.sockets.length === opened) {
        await vi.advanceTimersByTimeAsync(500);
        waited += 500;
      }
      waits.push(waited);
    }

    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('starts the waits over once a connection opens', async () => {
    sut.start();
    await settle();
    server.latest.drop();
    await settle(1_000);
    server.latest.drop();
    await settle(2_000);
    server.latest.open();

    server.latest.drop();
    await settle(999);
    expect(server.sockets).toHaveLength(3);
    await settle(1);
    expect(server.sockets).toHaveLength(4);
  });

  it('reads the lists again after a reconnect, so changes sent while away are not missed', async () => {
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await answerLists();
    const first = await connected();

    first.drop();
    await settle(1_000);
    server.latest.open();

    await answerLists({ test: [{ id: 'while-away', date: '2026-03-03', label: 'Manual test' }] });
    expect(lists.section('test')()).toMatchObject({ items: [{ id: 'while-away' }] });
  });

  it('reconnects at once with the refreshed token and closes the old connection', async () => {
    const first = await connected();

    await TestBed.inject(AuthSession).refresh();
    await settle();

    expect(first.closedWith).toBe(1000);
    expect(server.latest.token).toBe('id-2');
    server.latest.open();
    expect(sut.status()).toBe('live');
    first.drop();
    expect(sut.status()).toBe('live');
  });

  it('reads the lists once, shortly after the app’s own change', async () => {
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await answerLists();
    await connected();

    sut.refreshAfterOwnChange();
    sut.refreshAfterOwnChange();
    await settle(FALLBACK_REFRESH_MS - 1);
    http.expectNone('/api/test/history/list');
    await settle(1);

    await answerLists();
  });

  it('reads the lists again while a test is unfinished, until it is done', async () => {
    const evaluating = {
      id: 'icp-1',
      date: '2026-03-01',
      status: 'IN_PROGRESS',
      label: 'ICP OCEAMO',
    };
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await answerLists({ test: [evaluating] });
    await connected();

    // Its DONE message was lost: the next read finds it done, and the reads stop.
    await settle(UNFINISHED_REFRESH_MS - 1);
    http.expectNone('/api/test/history/list');
    await settle(1);
    await answerLists({ test: [{ ...evaluating }] });
    await settle(UNFINISHED_REFRESH_MS);
    await answerLists({ test: [{ ...evaluating, status: 'DONE' }] });

    await settle(UNFINISHED_REFRESH_MS * 3);
    http.expectNone('/api/test/history/list');
    expect(lists.section('test')()).toMatchObject({ items: [{ id: 'icp-1', status: 'DONE' }] });
  });

  it('gives up reading again after a bounded number of reads for a test that stays unfinished', async () => {
    const stuck = { id: 'icp-1', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO' };
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await answerLists({ test: [stuck] });
    await connected();

    for (let read = 0; read < UNFINISHED_REFRESHES; read++) {
      await settle(UNFINISHED_REFRESH_MS);
      await answerLists({ test: [{ ...stuck }] });
    }
    await settle(UNFINISHED_REFRESH_MS * 5);
    http.expectNone('/api/test/history/list');
  });

  it('closes and stays offline when the keeper signs out', async () => {
    const socket = await connected();

    TestBed.inject(AuthSession).signOut();
    await settle(60_000);

    expect(socket.closedWith).toBe(1000);
    expect(sut.status()).toBe('offline');
    expect(server.sockets).toHaveLength(1);
  });

  it('tries again at once when the browser comes back online', async () => {
    await connected();
    server.latest.drop();

    window.dispatchEvent(new Event('online'));
    await settle();

    expect(server.sockets).toHaveLength(2);
  });
});

describe('reconnectDelay', () => {
  const policy = (random: number) => ({
    firstDelayMs: 1_000,
    maxDelayMs: 30_000,
    random: () => random,
  });

  it('spreads each wait between half and all of its ceiling', () => {
    expect(reconnectDelay(2, policy(0))).toBe(2_000);
    expect(reconnectDelay(2, policy(0.5))).toBe(3_000);
    expect(reconnectDelay(2, policy(1))).toBe(4_000);
  });

  it('never waits longer than the cap', () => {
    expect(reconnectDelay(40, policy(1))).toBe(30_000);
  });
});
