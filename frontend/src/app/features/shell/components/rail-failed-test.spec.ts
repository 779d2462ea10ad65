import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthSession } from '../../../core/identity/auth-session';
import { buttonLabelled } from '../../../../testing/dom';
import { provideTestHttp } from '../../../../testing/providers';
import { HistoryItem } from '../../history/services/history-item';
import { HistoryLists } from '../../history/services/history-lists';
import { HistorySection } from './history-section';

describe('a failed upload in the rail', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...provideTestHttp(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
    // The rail shows tank-1's lists: answer their first reads.
    TestBed.inject(HistoryLists).show({ status: 'chosen', tankId: 'tank-1' });
    for (const kind of ['test', 'dose', 'program']) {
      (await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`))).flush({ items: [] });
    }
  });

  afterEach(() => http.verify());

  async function render(...items: HistoryItem[]) {
    const fixture = TestBed.createComponent(HistorySection);
    fixture.componentRef.setInput('kind', 'test');
    fixture.componentRef.setInput('heading', 'Tests');
    fixture.componentRef.setInput('emptyText', 'No tests yet.');
    fixture.componentRef.setInput('state', { status: 'ready', items });
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const failed = (overrides: Partial<HistoryItem> = {}): HistoryItem => ({
    id: 'icp-9',
    label: 'ICP TRITON',
    date: '2026-03-01',
    status: 'ERROR',
    lab: 'TRITON',
    failureKind: 'LAYOUT',
    ...overrides,
  });

  it('is read again from the rail as another lab, suggested first', async () => {
    const { element } = await render(failed());
    const select = element.querySelector<HTMLSelectElement>('[data-testid="rail-retry-lab"]')!;
    expect(select.value).toBe('OCEAMO');
    expect(select.getAttribute('aria-label')).toBe(
      'Read the failed ICP TRITON test as a report of',
    );

    element.querySelector<HTMLButtonElement>('[data-testid="rail-retry"]')!.click();

    const retry = await vi.waitFor(() => http.expectOne('/api/test/history/retry'));
    expect(retry.request.body).toEqual({ tankId: 'tank-1', testId: 'icp-9', lab: 'OCEAMO' });
    retry.flush({ testId: 'icp-9', status: 'PROCESSING', lab: 'OCEAMO' });
  });

  it('is deleted from the rail after the keeper confirms, leaving its open page for home', async () => {
    const router = TestBed.inject(Router);
    vi.spyOn(router, 'url', 'get').mockReturnValue('/app/tests/icp/icp-9');
    const navigate = vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    const { fixture, element } = await render(failed());
    const actions = element.querySelector<HTMLElement>('[data-testid="rail-failed-actions"]')!;

    element
      .querySelector<HTMLButtonElement>('[aria-label="Delete the failed ICP TRITON test"]')!
      .click();
    await fixture.whenStable();
    http.expectNone('/api/test/history/delete');
    buttonLabelled(actions, 'Delete')!.click();

    const removal = await vi.waitFor(() => http.expectOne('/api/test/history/delete'));
    expect(removal.request.body).toEqual({ tankId: 'tank-1', testId: 'icp-9' });
    removal.flush({ deleted: true, testId: 'icp-9' });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/app'));
  });

  it('says beside the buttons why the API refused', async () => {
    const { fixture, element } = await render(failed());
    element.querySelector<HTMLButtonElement>('[data-testid="rail-retry"]')!.click();
    (await vi.waitFor(() => http.expectOne('/api/test/history/retry'))).flush(
      { message: 'The uploaded PDF is no longer stored: please upload it again' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    await vi.waitFor(() =>
      expect(
        element.querySelector('[data-testid="rail-failed-actions"] [role="alert"]')?.textContent,
      ).toContain('no longer stored'),
    );
  });

  it('offers only deletion when another lab cannot help, and nothing for other tests', async () => {
    const { element } = await render(
      failed({ failureKind: 'ENCRYPTED' }),
      { id: 'm1', label: 'Manual test', date: '2026-02-01', status: 'ERROR' },
      { id: 'icp-2', label: 'ICP OCEAMO', date: '2026-01-01', status: 'DONE' },
    );

    const actions = element.querySelectorAll('[data-testid="rail-failed-actions"]');
    expect(actions).toHaveLength(1);
    expect(actions[0].querySelector('[data-testid="rail-retry"]')).toBeNull();
    expect(
      actions[0].querySelector('[aria-label="Delete the failed ICP TRITON test"]'),
    ).not.toBeNull();
  });
});
