import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled } from '../../../../testing/dom';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { reviewSummaryFactory } from '../../../../testing/review-factories';
import { answerReviews } from '../../../../testing/review-requests';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { CLOCK } from '../../../core/identity/clock';
import { DrawerService } from '../../shell/services/drawer.service';
import { TankDetailsPanel } from '../components/tank-details-panel';
import { HistoryLists } from '../../history/services/history-lists';
import { UploadDialogService } from '../../upload/services/upload-dialog.service';
import { HomePage } from './home-page';
import { manualTestFactory } from '../../../../testing/manual-factories';
import { elementTrendFactory } from '../../../../testing/icp-factories';
import { TEST_ELEMENT_LIST } from '../../../../testing/element-lists';
import { DOSE_ELEMENT_LIST, answerPost } from '../../../../testing/dose-http';
import { TREND_CHART_RENDERER } from '../../icp/services/trend-chart';

describe('HomePage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        { provide: CLOCK, useValue: () => new Date(2026, 2, 1, 8, 30).getTime() },
        {
          provide: TREND_CHART_RENDERER,
          useValue: async () => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }),
        },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function render() {
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const noOpenReviews = { open: 0, bySeverity: { CRITICAL: 0, WARNING: 0, INFO: 0, OK: 0 } };
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows a loading state until the tanks arrive', async () => {
    const { element } = await render();
    TestBed.inject(HttpTestingController).match('/api/user');

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading your tanks');
  });

  it('greets the keeper by name and summarises the selected tank', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await answerReviews('SUMMARY', noOpenReviews);
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Good morning, Robin');
    expect(element.querySelector('#tank-summary-heading')?.textContent?.trim()).toBe(
      'Mixed reef 300',
    );
    expect(element.textContent).toContain('300 L');
    expect(element.textContent).toContain('Custom mix');
  });

  it('says plainly when the account has no tank', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory({ tanks: [] }));
    await fixture.whenStable();

    expect(element.textContent).toContain('No tank yet');
  });

  it('invites the first ICP upload only once the tank has no tests, and opens the upload dialog', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await answerReviews('SUMMARY', noOpenReviews);
    await fixture.whenStable();
    expect(element.textContent).not.toContain('Upload your first ICP report');

    const tankId = profileFactory().tanks[0].tankId;
    TestBed.inject(HistoryLists).show({ status: 'chosen', tankId });
    const http = TestBed.inject(HttpTestingController);
    for (const kind of ['test', 'dose', 'program']) {
      const request = await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`));
      request.flush(
        kind === 'test' ? { tests: [] } : kind === 'dose' ? { days: [] } : { programs: [] },
      );
    }
    await fixture.whenStable();

    expect(element.textContent).toContain('Upload your first ICP report');
    buttonLabelled(element, 'Upload ICP report').click();
    expect(TestBed.inject(UploadDialogService).isOpen()).toBe(true);
  });

  it('opens the tank’s details in the side drawer', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await answerReviews('SUMMARY', noOpenReviews);
    await fixture.whenStable();

    buttonLabelled(element, 'Tank details').click();

    expect(TestBed.inject(DrawerService).content()).toMatchObject({
      title: 'Mixed reef 300',
      component: TankDetailsPanel,
    });
  });

  describe('Reef Review card', () => {
    it('asks for the summary of the tank shown, once the page has a tank, and not before', async () => {
      const { fixture } = await render();
      expect(TestBed.inject(HttpTestingController).match('/api/user/reef-reviews')).toHaveLength(0);

      await loadProfile(profileFactory());
      const sent = await answerReviews('SUMMARY', noOpenReviews);
      await fixture.whenStable();

      expect(sent).toEqual({ action: 'SUMMARY', tankId: 'tank-1' });
    });

    it('shows a loading state, then the open count, the severities and the review to start with', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await fixture.whenStable();
      const card = () => element.querySelector('ram-reef-review-card');

      expect(text(card()?.querySelector('[role="status"]'))).toBe('Loading your reviews…');

      await answerReviews('SUMMARY', reviewSummaryFactory());
      await fixture.whenStable();

      expect(text(card()?.querySelector('[data-testid="open-count"]'))).toBe('3 open reviews');
      expect(
        [...(card()?.querySelectorAll('ul[aria-label="Open reviews by severity"] li') ?? [])].map(
          text,
        ),
      ).toEqual(['Critical 1', 'Warning 2']);
      const top = card()?.querySelector<HTMLAnchorElement>('[data-testid="top-review"]');
      expect(text(top)).toContain('Copper above the safety limit');
      expect(top?.getAttribute('href')).toBe('/app/reef-review/review-1');
    });

    it('says so when no review is open', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await answerReviews('SUMMARY', noOpenReviews);
      await fixture.whenStable();

      expect(text(element.querySelector('ram-reef-review-card'))).toContain('No open reviews');
    });

    it('reads the summary again, quietly, when a test of this tank turns Done', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await answerReviews('SUMMARY', noOpenReviews);
      await fixture.whenStable();
      const lists = TestBed.inject(HistoryLists);
      lists.show({ status: 'chosen', tankId: 'tank-1' });
      const http = TestBed.inject(HttpTestingController);
      for (const kind of ['test', 'dose', 'program']) {
        (await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`))).flush({ items: [] });
      }
      const item = { id: 'icp-1', label: 'ICP OCEAMO', date: '2026-03-01' };

      // Progress of a test, or another tank's test, reads nothing.
      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-1',
        item: { ...item, status: 'IN_PROGRESS' },
      });
      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-2',
        item: { ...item, status: 'DONE' },
      });
      expect(http.match('/api/user/reef-reviews')).toHaveLength(0);

      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-1',
        item: { ...item, status: 'DONE' },
      });
      await fixture.whenStable();
      expect(text(element.querySelector('ram-reef-review-card'))).toContain('No open reviews');
      await answerReviews('SUMMARY', reviewSummaryFactory());
      await fixture.whenStable();

      expect(text(element.querySelector('[data-testid="open-count"]'))).toBe('3 open reviews');
      // The latest values read the finished test too; not what this case is about.
      http.match('/api/test/history');
    });

    it('stays quiet while this deployment does not serve reviews yet', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await answerReviews('SUMMARY', { message: 'No route' }, 404);
      await fixture.whenStable();

      expect(text(element.querySelector('ram-reef-review-card'))).toContain(
        'Reef Review is not available yet.',
      );
      expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
    });
  });

  describe('with tests', () => {
    async function withTests() {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await answerReviews('SUMMARY', noOpenReviews);
      TestBed.inject(HistoryLists).show({ status: 'chosen', tankId: 'tank-1' });
      await answerPost('/test/history/list', {
        tests: [
          {
            id: 'upload-1',
            kind: 'ICP',
            status: 'PROCESSING',
            date: '2026-03-02',
            label: 'ICP OCEAMO',
          },
          {
            id: 'test-1',
            kind: 'MANUAL',
            status: 'DONE',
            date: '2026-03-01',
            label: 'Manual test',
          },
        ],
      });
      await answerPost('/dose/history/list', { days: [] });
      await answerPost('/program/history/list', { programs: [] });
      const sent = await answerPost('/test/history', { test: manualTestFactory() });
      await fixture.whenStable();
      return { fixture, element, sent };
    }

    it('shows the newest key values and names each element that needs attention, as the API judged it', async () => {
      const { element, sent } = await withTests();

      expect(sent).toEqual({ tankId: 'tank-1', testId: 'test-1' });
      const keys = [...element.querySelectorAll('[data-testid="key-parameters"] > div')].map(
        (key) => [text(key.querySelector('dt')), text(key.querySelector('dd'))],
      );
      expect(keys).toEqual([
        ['Alkalinity', '8.1 dKH In range 3 Mar'],
        ['Calcium', '380 mg/l Low 3 Mar'],
        ['Magnesium', 'Not measured yet'],
        ['Nitrate', 'Not measured yet'],
        ['Phosphate', 'Not measured yet'],
        ['Salinity', 'Not measured yet'],
      ]);
      expect(text(element.querySelector('[data-testid="attention-heading"]'))).toBe(
        '1 element needs attention',
      );
      const attention = element.querySelector<HTMLAnchorElement>(
        '[data-testid="attention-list"] a',
      );
      expect(text(attention)).toBe('Calcium 380 mg/l Low');
      expect(attention?.getAttribute('href')).toBe('/app/tests/manual/test-1');
    });

    it('loads Element Trends only when asked: the default dashboard, a chart per element, its values linking to records', async () => {
      const { fixture, element } = await withTests();
      const http = TestBed.inject(HttpTestingController);
      expect(http.match('/api/user/dashboard')).toHaveLength(0);

      buttonLabelled(element, 'Show Element Trends').click();
      await answerPost('/user/dashboard', {
        tankId: 'tank-1',
        dashboards: [
          {
            dashboardId: 'd-1',
            name: 'Trace',
            charts: [{ testElementId: 'iodine', doseElementIds: ['iodine'] }],
          },
        ],
        defaultDashboard: {
          dashboardId: 'default',
          name: 'Default',
          charts: [{ testElementId: 'iodine', doseElementIds: ['iodine'] }],
        },
        limit: { perTank: null, saved: 1 },
      });
      await answerPost('/test/elements/list', TEST_ELEMENT_LIST);
      await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
      const trend = await answerPost('/test/history/icp/trend', elementTrendFactory());
      await fixture.whenStable();

      expect(trend).toEqual({ tankId: 'tank-1', elementId: 'iodine', days: 90 });
      const card = element.querySelector('[data-testid="trend-card"]');
      expect(text(card?.querySelector('[data-testid="trend-card-latest"]'))).toBe('Latest 38 µg/l');
      buttonLabelled(card as HTMLElement, 'Values').click();
      await fixture.whenStable();
      const links = [...element.querySelectorAll('[data-testid="raw-measured"] a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(links).toEqual(['/app/tests/icp/t3', '/app/tests/manual/t2', '/app/tests/icp/t1']);
      expect(element.querySelector('[data-testid="raw-dosed"] a')?.getAttribute('href')).toBe(
        '/app/doses?date=2026-02-11',
      );
    });

    it('draws a saved dashboard with only the doses its charts name', async () => {
      const { fixture, element } = await withTests();
      buttonLabelled(element, 'Show Element Trends').click();
      await answerPost('/user/dashboard', {
        tankId: 'tank-1',
        dashboards: [
          {
            dashboardId: 'd-1',
            name: 'Trace',
            charts: [{ testElementId: 'iodine', doseElementIds: ['iodine'] }],
          },
        ],
        defaultDashboard: { dashboardId: 'default', name: 'Default', charts: [] },
        limit: { perTank: null, saved: 1 },
      });
      await answerPost('/test/elements/list', TEST_ELEMENT_LIST);
      await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
      await fixture.whenStable();

      const choice = element.querySelector<HTMLSelectElement>('#dashboard-choice')!;
      choice.value = 'd-1';
      choice.dispatchEvent(new Event('change'));
      const trend = await answerPost('/test/history/icp/trend', elementTrendFactory());
      await fixture.whenStable();

      expect(trend).toEqual({
        tankId: 'tank-1',
        elementId: 'iodine',
        days: 90,
        doseElementIds: ['iodine'],
      });
      expect(element.querySelector('a[href="/app/dashboards/d-1"]')).not.toBeNull();
    });
  });
});
