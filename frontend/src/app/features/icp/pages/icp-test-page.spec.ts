import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthSession } from '../../../core/identity/auth-session';
import { buttonLabelled } from '../../../../testing/dom';
import { profileFactory } from '../../../../testing/factories';
import {
  correctionLineFactory,
  elementResultFactory,
  elementTrendFactory,
  icpTestResponseFactory,
} from '../../../../testing/icp-factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { HistoryLists } from '../../history/services/history-lists';
import { TREND_CHART_RENDERER } from '../services/trend-chart';
import { IcpTestPage } from './icp-test-page';

describe('IcpTestPage', () => {
  let http: HttpTestingController;
  let charts: { host: HTMLElement; options: Record<string, unknown>[]; disposed: boolean }[];

  beforeEach(async () => {
    localStorage.clear();
    charts = [];
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        {
          provide: TREND_CHART_RENDERER,
          useValue: async (host: HTMLElement) => {
            const chart = { host, options: [] as Record<string, unknown>[], disposed: false };
            charts.push(chart);
            return {
              setOption: (option: Record<string, unknown>) => chart.options.push(option),
              resize: () => undefined,
              dispose: () => (chart.disposed = true),
            };
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  const nextRead = () =>
    vi.waitFor(() => http.expectOne({ method: 'POST', url: '/api/test/history/icp' }));

  async function render(
    answer: object | null = icpTestResponseFactory(),
    profile = profileFactory(),
  ) {
    await loadProfile(profile);
    const fixture = TestBed.createComponent(IcpTestPage);
    fixture.componentRef.setInput('testId', 'icp-1');
    await fixture.whenStable();
    const read = await nextRead();
    expect(read.request.body).toEqual({ tankId: 'tank-1', testId: 'icp-1' });
    if (answer) read.flush(answer);
    await fixture.whenStable();
    return { fixture, read, element: fixture.nativeElement as HTMLElement };
  }

  /** Lets HistoryLists show tank-1, as the rail does, so changes for it are applied. */
  async function railShowsTank() {
    TestBed.inject(HistoryLists).show({ status: 'chosen', tankId: 'tank-1' });
    for (const kind of ['test', 'dose', 'program']) {
      (await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`))).flush({ items: [] });
    }
  }

  const cards = (element: HTMLElement) => [
    ...element.querySelectorAll<HTMLElement>('[data-testid="element-card"]'),
  ];
  const card = (element: HTMLElement, elementId: string) =>
    element.querySelector<HTMLElement>(
      `[data-testid="element-card"][data-element="${elementId}"]`,
    )!;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  /** Taps an element's row open, as a keeper does to read its details. */
  async function expand(fixture: { whenStable(): Promise<unknown> }, row: HTMLElement) {
    row.querySelector<HTMLButtonElement>('[data-testid="element-toggle"]')!.click();
    await fixture.whenStable();
  }

  it('lists the tank water most urgent first, with the osmose water last and set apart', async () => {
    const { element } = await render();

    const groups = [...element.querySelectorAll<HTMLElement>('[data-testid="element-group"]')];
    expect(groups.map((group) => group.dataset['category'])).toEqual(['tank', 'osmose']);
    expect(groups.at(-1)?.className).toContain('border-sky-200');
    expect(text(groups.at(-1)!)).toContain('never corrected');
    // Low iodine (trace) before in-range calcium (major) and copper (pollutant), the missing
    // nitrate after everything RaM could judge.
    expect(cards(element).map((c) => [c.dataset['element'], c.dataset['status']])).toEqual([
      ['iodine', 'LOW'],
      ['calcium', 'OK'],
      ['copper', 'OK'],
      ['nitrate', 'MISSING'],
      ['copper-ro', 'RO'],
    ]);
    expect(text(element.querySelector('h1'))).toBe('1 March 2026');
    expect(text(element.querySelector('[data-testid="attention-summary"]'))).toBe(
      '1 element needs attention: 1 low. 1 expected element is missing from the report.',
    );
  });

  it('opens with a summary strip: counts by status and the elements needing attention named', async () => {
    const { element } = await render(
      icpTestResponseFactory({
        test: {
          elements: [
            ...icpTestResponseFactory().test.elements,
            elementResultFactory({
              elementId: 'magnesium',
              name: 'Magnesium',
              value: 1490,
              status: 'HIGH',
              targetRange: { low: 1300, high: 1450, source: 'METHOD' },
            }),
            elementResultFactory({
              elementId: 'potassium',
              name: 'Potassium',
              value: 402,
              trendAssessment: { direction: 'DOWN', severity: 'WATCH', signal: '↓ 5% a week' },
            }),
          ],
        },
      }),
    );

    const strip = element.querySelector('[data-testid="attention-strip"]')!;
    expect(
      [...strip.querySelectorAll('[data-testid="status-counts"] li')].map((li) => text(li)),
    ).toEqual(['1 low', '1 high', '1 to watch', '2 in range', '1 missing']);
    const named = [...strip.querySelectorAll('[data-testid="attention-elements"] button')];
    // Low and high are equally urgent: then by category, major magnesium before trace iodine.
    expect(named.map((button) => text(button))).toEqual([
      '↑ High Magnesium 1,490 mg/l',
      '↓ Low Iodine 38 µg/l',
    ]);
    expect(text(strip.querySelector('[data-testid="watch-elements"]'))).toBe(
      'To watch: Potassium (in range, trending out)',
    );
    // The strip comes before the rows and the corrections.
    const order = [
      ...element.querySelectorAll('ram-attention-strip, ram-element-row, ram-corrections-panel'),
    ];
    expect(order[0].tagName).toBe('RAM-ATTENTION-STRIP');
    expect(order.at(-1)?.tagName).toBe('RAM-CORRECTIONS-PANEL');
  });

  it('shows each row’s reading, range and status colour, and its details only when opened', async () => {
    const { fixture, element } = await render();

    const calcium = card(element, 'calcium');
    expect(text(calcium.querySelector('[data-testid="element-value"]'))).toBe('420 mg/l');
    expect(text(calcium.querySelector('[data-testid="element-range"]'))).toBe(
      '400–450 mg/l, aim 420',
    );
    expect(calcium.querySelector('[data-testid="element-status"]')?.className).toContain(
      'bg-emerald-100',
    );
    // LOW is told apart from HIGH by its own colour and an arrow, not by colour alone.
    const iodineStatus = card(element, 'iodine').querySelector('[data-testid="element-status"]');
    expect(iodineStatus?.className).toContain('bg-sky-200');
    expect(text(iodineStatus)).toBe('↓ Low');
    expect(text(card(element, 'copper').querySelector('[data-testid="element-value"]'))).toContain(
      'below 0.5 µg/l',
    );
    const missing = card(element, 'nitrate');
    expect(text(missing.querySelector('[data-testid="element-value"]'))).toBe('Not on the report');

    const toggle = calcium.querySelector('[data-testid="element-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(calcium.querySelector('[data-testid="element-details"]')).toBeNull();
    await expand(fixture, calcium);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = calcium.querySelector('[data-testid="element-details"]')!;
    expect(toggle.getAttribute('aria-controls')).toBe(details.id);
    expect(text(details.querySelector('[data-testid="element-range-source"]'))).toBe(
      'Target 400–450 mg/l, aim 420',
    );
    expect(text(details.querySelector('[data-testid="element-message"]'))).toBe(
      'Calcium is where it should be.',
    );
    await expand(fixture, calcium);
    expect(calcium.querySelector('[data-testid="element-details"]')).toBeNull();

    // RO water is for reference only: no trend chart to open.
    await expand(fixture, card(element, 'copper-ro'));
    expect(card(element, 'copper-ro').querySelector('[data-testid="trend-button"]')).toBeNull();
  });

  it('names the correction of an element in its details, and opens a row named in the strip', async () => {
    const { fixture, element } = await render();

    element
      .querySelector<HTMLButtonElement>(
        '[data-testid="attention-elements"] [data-element="iodine"]',
      )!
      .click();
    await fixture.whenStable();

    const iodine = card(element, 'iodine');
    expect(iodine.dataset['expanded']).toBe('true');
    expect(text(iodine.querySelector('[data-testid="element-correction"]'))).toBe(
      'Correction: 2 ml a day for 3 days of Iodine (single element) (6 ml in all).',
    );
    await expand(fixture, card(element, 'calcium'));
    expect(card(element, 'calcium').querySelector('[data-testid="element-correction"]')).toBeNull();
  });

  it('makes an alerting trend stand out and says it in words', async () => {
    const { fixture, element } = await render(
      icpTestResponseFactory({
        test: {
          elements: [
            icpTestResponseFactory().test.elements[1],
            { ...icpTestResponseFactory().test.elements[0], status: 'CRITICAL' },
          ],
        },
      }),
    );

    // Critical calcium comes before low iodine.
    expect(cards(element).map((c) => c.dataset['element'])).toEqual(['calcium', 'iodine']);
    await expand(fixture, card(element, 'iodine'));
    const trend = card(element, 'iodine').querySelector<HTMLElement>(
      '[data-testid="element-trend"]',
    )!;
    expect(trend.dataset['severity']).toBe('ALERT');
    expect(trend.className).toContain('bg-coral-100');
    expect(text(trend)).toBe('⚠ Trend alert: ↓ Falling: 31% since 1 Feb 2026');
    expect(trend.querySelector('.sr-only')?.textContent).toBe('Trend alert: ');
    expect(
      card(element, 'calcium').querySelector('[data-testid="element-status"]')?.className,
    ).toContain('bg-coral-600');
  });

  it('while RaM evaluates, shows how far it got and reads the test again when its update arrives', async () => {
    await loadProfile(profileFactory());
    await railShowsTank();
    const fixture = TestBed.createComponent(IcpTestPage);
    fixture.componentRef.setInput('testId', 'icp-1');
    await fixture.whenStable();
    (await nextRead()).flush(
      icpTestResponseFactory({
        test: { status: 'IN_PROGRESS', expectedElements: 40, evaluatedElements: 12 },
        corrections: [],
      }),
    );
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const progress = element.querySelector('[data-testid="test-progress"]')!;
    expect(progress.getAttribute('aria-live')).toBe('polite');
    expect(text(progress)).toContain('Evaluating elements: 12 of 40 done.');
    expect(progress.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe(
      '12',
    );
    expect(text(element.querySelector('[data-testid="test-status"]'))).toBe('Evaluating');

    TestBed.inject(HistoryLists).apply({
      kind: 'test',
      op: 'upsert',
      tankId: 'tank-1',
      item: { id: 'icp-1', label: 'ICP OCEAMO', date: '2026-03-01', status: 'DONE' },
    });
    const again = await nextRead();
    expect(again.request.body).toEqual({ tankId: 'tank-1', testId: 'icp-1' });
    again.flush(icpTestResponseFactory());
    await fixture.whenStable();

    expect(text(element.querySelector('[data-testid="test-status"]'))).toBe('Done');
    expect(text(progress)).toBe('');
  });

  it('shows why a test failed and the reference to quote to support', async () => {
    const { element } = await render(
      icpTestResponseFactory({
        test: {
          status: 'ERROR',
          errorMessage: 'The report has no sample date; upload the lab’s original PDF.',
          referenceId: 'REF-9KX2',
          elements: [],
        },
        corrections: [],
      }),
    );

    const alert = element.querySelector('[role="alert"]');
    expect(text(alert)).toContain('The report has no sample date');
    expect(alert?.querySelector('[data-testid="reference-id"]')?.textContent).toBe('REF-9KX2');
    expect(element.querySelector('ram-corrections-panel')).toBeNull();
  });

  const failedTest = (overrides: object = {}) =>
    icpTestResponseFactory({
      test: {
        status: 'ERROR',
        lab: 'TRITON',
        errorMessage: 'RaM could not find an element table.',
        failureKind: 'LAYOUT',
        uploadGivenBack: true,
        elements: [],
        ...overrides,
      },
      corrections: [],
    });

  it('offers a failed upload for typing in, reading again as another lab, or deleting', async () => {
    const { element } = await render(failedTest());

    const actions = element.querySelector('[data-testid="failed-test-actions"]')!;
    expect(text(actions.querySelector('[data-testid="upload-given-back"]'))).toBe(
      'This upload did not count against your plan.',
    );
    expect(actions.querySelector('[data-testid="type-values"]')?.getAttribute('href')).toBe(
      '/app/tests/icp/manual?lab=TRITON&replaces=icp-1',
    );
    expect((actions.querySelector('[data-testid="retry-lab"]') as HTMLSelectElement).value).toBe(
      'OCEAMO',
    );
    expect(buttonLabelled(actions as HTMLElement, 'Delete this test')).toBeTruthy();
  });

  it('reads a failed upload again as the lab the keeper picks, then follows it', async () => {
    const { fixture, element } = await render(failedTest());
    const select = element.querySelector<HTMLSelectElement>('[data-testid="retry-lab"]')!;
    select.value = 'ATI';
    select.dispatchEvent(new Event('change'));
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')!.click();

    const retry = await vi.waitFor(() => http.expectOne('/api/test/history/retry'));
    expect(retry.request.body).toEqual({ tankId: 'tank-1', testId: 'icp-1', lab: 'ATI' });
    retry.flush({ testId: 'icp-1', status: 'PROCESSING', lab: 'ATI' });
    (await nextRead()).flush(
      icpTestResponseFactory({ test: { status: 'PROCESSING', elements: [] }, corrections: [] }),
    );
    await fixture.whenStable();
    expect(text(element.querySelector('[data-testid="test-status"]'))).toBe('Reading');
  });

  it('explains a retry the API refuses, beside the button', async () => {
    const { fixture, element } = await render(failedTest({ failureKind: 'LAYOUT' }));
    element.querySelector<HTMLButtonElement>('[data-testid="retry"]')!.click();
    (await vi.waitFor(() => http.expectOne('/api/test/history/retry'))).flush(
      { message: 'The uploaded PDF is no longer stored: please upload it again' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    await vi.waitFor(() =>
      expect(
        text(element.querySelector('[data-testid="failed-test-actions"] [role="alert"]')),
      ).toContain('no longer stored'),
    );
  });

  it('offers no retry for a file another lab cannot help (a scan)', async () => {
    const { element } = await render(
      failedTest({ failureKind: 'PDF', uploadGivenBack: undefined }),
    );
    expect(element.querySelector('[data-testid="retry"]')).toBeNull();
    expect(element.querySelector('[data-testid="upload-given-back"]')).toBeNull();
    expect(element.querySelector('[data-testid="type-values"]')).not.toBeNull();
  });

  it('applies the ticked corrections, shows them queued, and follows their dosing', async () => {
    await railShowsTank();
    const { fixture, element } = await render(
      icpTestResponseFactory({
        corrections: [
          correctionLineFactory(),
          correctionLineFactory({ elementId: 'strontium', name: 'Strontium', dailyAmount: 1.5 }),
          correctionLineFactory({
            elementId: 'potassium',
            name: 'Potassium',
            progress: { done: 3, total: 3, state: 'DONE' },
          }),
        ],
      }),
    );
    const lines = [...element.querySelectorAll('[data-testid="correction-line"]')];
    expect(text(lines[0])).toContain('2 ml a day × 3 days = 6 ml');
    expect(lines[2].querySelector<HTMLInputElement>('input')!.disabled).toBe(true);

    lines[1].querySelector<HTMLInputElement>('input')!.click();
    lines[0].querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
    buttonLabelled(element, 'Apply selected').click();

    const apply = await vi.waitFor(() => http.expectOne('/api/corrections'));
    expect(apply.request.body).toEqual({
      tankId: 'tank-1',
      testId: 'icp-1',
      elementIds: ['iodine', 'strontium'],
    });
    apply.flush(
      {
        queued: [
          { elementId: 'iodine', amount: 2, unit: 'ml', days: 3, startDate: '2026-03-02' },
          { elementId: 'strontium', amount: 1.5, unit: 'ml', days: 3, startDate: '2026-03-02' },
        ],
      },
      { status: 202, statusText: 'Accepted' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(text(element.querySelector('ram-corrections-panel [aria-live]'))).toContain(
        'Iodine: 2 ml a day for 3 days from 2 Mar',
      );
    });
    expect(text(lines[0].querySelector('[data-testid="correction-progress"]'))).toBe('Queued');

    // The correction writer's dose days arrive live; the test is read again for its progress.
    TestBed.inject(HistoryLists).apply({
      kind: 'dose',
      op: 'upsert',
      tankId: 'tank-1',
      item: { id: '2026-03-02', label: '2 doses', date: '2026-03-02' },
    });
    (await nextRead()).flush(
      icpTestResponseFactory({
        corrections: [
          correctionLineFactory({ progress: { done: 3, total: 3, state: 'DONE' } }),
          correctionLineFactory({
            elementId: 'strontium',
            name: 'Strontium',
            progress: { done: 1, total: 3, state: 'PARTIAL' },
          }),
        ],
      }),
    );
    await fixture.whenStable();
    const progress = [...element.querySelectorAll('[data-testid="correction-progress"]')];
    expect(progress.map(text)).toEqual(['Dosed', 'Partly dosed']);
    fixture.destroy();
  });

  it('explains a refused correction beside the button', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLInputElement>('[data-testid="correction-line"] input')!.click();
    await fixture.whenStable();

    buttonLabelled(element, 'Apply selected').click();
    (await vi.waitFor(() => http.expectOne('/api/corrections'))).flush(
      { message: 'No correction to apply for: iodine', code: 'INVALID_REQUEST' },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(text(element.querySelector('ram-corrections-panel [role="alert"]'))).toBe(
        'No correction to apply for: iodine',
      );
    });
  });

  it('links to the Reef Review and the draft program made from the test', async () => {
    const { element } = await render(icpTestResponseFactory({ draftProgramId: 'draft-7' }));

    const hrefs = [...element.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('/app/reef-review/review-1');
    expect(hrefs).toContain('/app/programs/draft-7');
    expect(element.querySelector('[data-testid="draft-note"]')).toBeNull();
  });

  it('tells a Basic keeper about draft programs instead of linking one', async () => {
    const { element } = await render(
      icpTestResponseFactory({ features: { draftPrograms: false, projections: false } }),
    );

    const hrefs = [...element.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs.some((href) => href?.startsWith('/app/programs/'))).toBe(false);
    expect(text(element.querySelector('[data-testid="draft-note"]'))).toContain('With Pro');
  });

  it('says so when the test is not one of the selected tank’s', async () => {
    const { fixture, read, element } = await render(null);
    read.flush({ message: 'Test was not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(text(element)).toContain('Test not found');
  });

  it('opens an element’s trend in a dialog and draws it', async () => {
    const { fixture, element } = await render();

    await expand(fixture, card(element, 'iodine'));
    card(element, 'iodine')
      .querySelector<HTMLButtonElement>('[data-testid="trend-button"]')!
      .click();
    await fixture.whenStable();
    const trend = await vi.waitFor(() => http.expectOne('/api/test/history/icp/trend'));
    expect(trend.request.body).toEqual({ tankId: 'tank-1', elementId: 'iodine', days: 90 });
    trend.flush(elementTrendFactory());
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(charts[0]?.options).toHaveLength(1);
    });

    const dialog = element.querySelector('[role="dialog"]')!;
    expect(text(dialog.querySelector('h2'))).toBe('Trend: Iodine');
    expect(charts[0].host.dataset['testid']).toBe('trend-chart');
    expect(text(dialog.querySelector('[data-testid="trend-explanation"]'))).toContain(
      'fell from 60',
    );
    expect(dialog.querySelectorAll('tbody tr')).toHaveLength(3);

    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(element.querySelector('[role="dialog"]')).toBeNull();
    await vi.waitFor(() => expect(charts[0].disposed).toBe(true));
  });
});
