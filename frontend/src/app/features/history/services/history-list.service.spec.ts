import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Observable } from 'rxjs';
import { provideTestHttp } from '../../../../testing/providers';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { HistoryListService, HistoryListState } from './history-list.service';

describe('HistoryListService', () => {
  let sut: HistoryListService;
  let http: HttpTestingController;
  let banner: ErrorBannerService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    sut = TestBed.inject(HistoryListService);
    http = TestBed.inject(HttpTestingController);
    banner = TestBed.inject(ErrorBannerService);
  });

  afterEach(() => http.verify());

  function collect(states$: Observable<HistoryListState>): HistoryListState[] {
    const states: HistoryListState[] = [];
    states$.subscribe((state) => states.push(state));
    return states;
  }

  async function answer(url: string, body: object, status = 200) {
    const request = await vi.waitFor(() => http.expectOne({ method: 'POST', url }));
    expect(request.request.body).toEqual({ tankId: 'tank-1' });
    request.flush(body, { status, statusText: String(status) });
  }

  it('starts loading, then lists the tank’s entries newest first', async () => {
    const states = collect(sut.list('test', 'tank-1'));
    expect(states).toEqual([{ status: 'loading' }]);

    await answer('/api/test/history/list', {
      tests: [
        { id: 't1', date: '2026-02-01', status: 'DONE', label: 'Manual test', kind: 'MANUAL' },
        { id: 't2', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO', kind: 'ICP' },
      ],
    });

    expect(states.at(-1)).toEqual({
      status: 'ready',
      items: [
        {
          id: 't2',
          date: '2026-03-01',
          status: 'PROCESSING',
          label: 'ICP OCEAMO',
          testKind: 'ICP',
        },
        { id: 't1', date: '2026-02-01', status: 'DONE', label: 'Manual test', testKind: 'MANUAL' },
      ],
    });
  });

  it.each([
    [404, 'dose', 'No route for POST /dose/history/list'],
    [501, 'program', '/program/history/list is not available yet'],
  ] as const)(
    'calls a list answered with %i (not shipped yet) unavailable, quietly',
    async (status, kind, message) => {
      const states = collect(sut.list(kind, 'tank-1'));

      await answer(`/api/${kind}/history/list`, { message }, status);

      expect(states.at(-1)).toEqual({ status: 'unavailable' });
      expect(banner.current()).toBeNull();
    },
  );

  it('marks a real failure as failed and lets the banner explain it', async () => {
    const states = collect(sut.list('test', 'tank-1'));

    await answer(
      '/api/test/history/list',
      { message: 'Something went wrong', referenceId: 'REF-3' },
      500,
    );

    expect(states.at(-1)).toEqual({ status: 'failed' });
    expect(banner.current()?.referenceId).toBe('REF-3');
  });

  it('refreshes quietly: no loading state, and a server failure stays off the banner', async () => {
    const states = collect(sut.list('test', 'tank-1', { quiet: true }));
    expect(states).toEqual([]);

    await answer('/api/test/history/list', { message: 'Bad gateway' }, 502);

    expect(states).toEqual([{ status: 'failed' }]);
    expect(banner.current()).toBeNull();
  });
});
