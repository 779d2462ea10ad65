import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthSession } from '../../../core/identity/auth-session';
import { correctionLineFactory, icpTestResponseFactory } from '../../../../testing/icp-factories';
import { provideTestHttp } from '../../../../testing/providers';
import { HistoryLists } from '../../history/services/history-lists';
import {
  CORRECTION_POLLS,
  CORRECTION_POLL_MS,
  IcpTestStore,
  REFRESH_DELAY_MS,
} from './icp-test.store';

describe('IcpTestStore', () => {
  let sut: IcpTestStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), IcpTestStore] });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
    sut = TestBed.inject(IcpTestStore);
  });

  afterEach(() => {
    vi.useRealTimers();
    http.verify();
  });

  /** Takes the open reads of the test (each can be answered once). */
  const reads = () => http.match('/api/test/history/icp');
  /** Lets the token interceptor hand requests on. */
  const settle = () => vi.advanceTimersByTimeAsync(0);
  const notStarted = icpTestResponseFactory({ corrections: [correctionLineFactory()] });
  const dosed = icpTestResponseFactory({
    corrections: [correctionLineFactory({ progress: { done: 3, total: 3, state: 'DONE' } })],
  });

  async function opened() {
    sut.open('tank-1', 'icp-1');
    await settle();
    reads()[0].flush(notStarted);
    void sut.applyCorrections(['iodine']);
    await settle();
    http.expectOne('/api/corrections').flush({ queued: [] }, { status: 202, statusText: '' });
    await settle();
  }

  it('after applying, reads the test a bounded number of times while nothing is dosed', async () => {
    await opened();

    let polls = 0;
    for (let i = 0; i < CORRECTION_POLLS + 3; i++) {
      await vi.advanceTimersByTimeAsync(CORRECTION_POLL_MS);
      await settle();
      for (const read of reads()) {
        polls++;
        read.flush(notStarted);
      }
    }

    expect(polls).toBe(CORRECTION_POLLS);
  });

  it('stops reading once every applied correction is dosed', async () => {
    await opened();

    await vi.advanceTimersByTimeAsync(CORRECTION_POLL_MS);
    await settle();
    reads()[0].flush(dosed);
    await vi.advanceTimersByTimeAsync(CORRECTION_POLL_MS * CORRECTION_POLLS);

    expect(reads()).toHaveLength(0);
    expect(sut.response()?.corrections[0].progress.state).toBe('DONE');
  });

  it('reads the test once for a burst of messages about it, and ignores other tests', async () => {
    const lists = TestBed.inject(HistoryLists);
    lists.show({ status: 'chosen', tankId: 'tank-1' });
    await settle();
    for (const kind of ['test', 'dose', 'program']) {
      http.expectOne(`/api/${kind}/history/list`).flush({ items: [] });
    }
    sut.open('tank-1', 'icp-1');
    await settle();
    reads()[0].flush(icpTestResponseFactory({ test: { status: 'IN_PROGRESS' } }));
    const pushed = (id: string) =>
      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-1',
        item: { id, label: 'ICP OCEAMO', status: 'IN_PROGRESS' },
      });

    pushed('icp-1');
    pushed('icp-1');
    pushed('another-test');
    await vi.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    await settle();

    const burst = reads();
    expect(burst).toHaveLength(1);
    burst[0].flush(icpTestResponseFactory());
  });

  it('keeps what it shows when a read behind it fails', async () => {
    sut.open('tank-1', 'icp-1');
    await settle();
    reads()[0].flush(notStarted);

    sut.refresh();
    await settle();
    reads()[0].flush({ message: 'Bad gateway' }, { status: 502, statusText: '' });

    expect(sut.state().status).toBe('ready');
  });
});
