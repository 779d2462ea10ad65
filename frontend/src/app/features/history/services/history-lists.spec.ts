import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestHttp } from '../../../../testing/providers';
import { HistoryChange } from './history-item';
import { HistoryLists } from './history-lists';

describe('HistoryLists', () => {
  let sut: HistoryLists;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    sut = TestBed.inject(HistoryLists);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function answer(kind: string, body: object, status = 200) {
    const request = await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`));
    request.flush(body, { status, statusText: String(status) });
  }

  const upsert = (id: string, tankId = 'tank-1'): HistoryChange => ({
    kind: 'test',
    op: 'upsert',
    tankId,
    item: { id, label: 'ICP ATI', date: '2026-03-01', status: 'PROCESSING' },
  });

  it('loads the three lists of the tank shown, and not again for the same tank', async () => {
    sut.show({ status: 'chosen', tankId: 'tank-1' });
    await answer('test', { tests: [] });
    await answer('dose', { message: 'Not found' }, 404);
    await answer('program', { message: 'Not found' }, 404);

    sut.show({ status: 'chosen', tankId: 'tank-1' });

    expect(sut.section('test')()).toEqual({ status: 'ready', items: [] });
    expect(sut.section('dose')()).toEqual({ status: 'unavailable' });
  });

  it('says why there are no lists while the keeper has no tank', () => {
    sut.show({ status: 'no-tank' });

    expect(sut.section('program')()).toEqual({ status: 'no-tank' });
  });

  it('keeps a change that arrives while its list loads and applies it to the answer', async () => {
    sut.show({ status: 'chosen', tankId: 'tank-1' });
    sut.apply(upsert('icp-1'));

    await answer('test', { tests: [{ id: 'older', date: '2026-01-01', label: 'Manual test' }] });
    await answer('dose', { doses: [] });
    await answer('program', { programs: [] });

    expect(sut.section('test')()).toMatchObject({ items: [{ id: 'icp-1' }, { id: 'older' }] });
  });

  it('ignores changes for a tank that is not on screen', async () => {
    sut.show({ status: 'chosen', tankId: 'tank-1' });
    for (const kind of ['test', 'dose', 'program']) await answer(kind, { items: [] });

    sut.apply(upsert('elsewhere', 'tank-2'));

    expect(sut.section('test')()).toEqual({ status: 'ready', items: [] });
  });

  it('keeps the entries on screen when a refresh behind them fails', async () => {
    sut.show({ status: 'chosen', tankId: 'tank-1' });
    await answer('test', { tests: [{ id: 't1', label: 'Manual test' }] });
    await answer('dose', { items: [] });
    await answer('program', { items: [] });

    sut.refresh();
    await answer('test', { message: 'Bad gateway' }, 502);
    await answer('dose', { items: [] });
    await answer('program', { items: [] });

    expect(sut.section('test')()).toMatchObject({ status: 'ready', items: [{ id: 't1' }] });
  });

  it('tells listeners about each change it applies to the tank on screen', async () => {
    const seen: HistoryChange[] = [];
    sut.changes.subscribe((change) => seen.push(change));
    sut.show({ status: 'chosen', tankId: 'tank-1' });
    for (const kind of ['test', 'dose', 'program']) await answer(kind, { items: [] });

    sut.apply(upsert('icp-1'));
    sut.apply(upsert('elsewhere', 'tank-2'));

    expect(seen.map((change) => change.item.id)).toEqual(['icp-1']);
  });
});
