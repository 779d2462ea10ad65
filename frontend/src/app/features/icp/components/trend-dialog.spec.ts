import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthSession } from '../../../core/identity/auth-session';
import { buttonLabelled } from '../../../../testing/dom';
import { elementTrendFactory } from '../../../../testing/icp-factories';
import { provideTestHttp } from '../../../../testing/providers';
import { TREND_CHART_RENDERER } from '../services/trend-chart';
import { TrendDialog } from './trend-dialog';

describe('TrendDialog', () => {
  let http: HttpTestingController;
  let draw: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    draw = vi.fn(async () => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }));
    TestBed.configureTestingModule({
      providers: [...provideTestHttp(), { provide: TREND_CHART_RENDERER, useValue: draw }],
    });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(TrendDialog);
    fixture.componentRef.setInput('tankId', 'tank-1');
    fixture.componentRef.setInput('elementId', 'iodine');
    fixture.componentRef.setInput('name', 'Iodine');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const nextTrend = () => vi.waitFor(() => http.expectOne('/api/test/history/icp/trend'));

  it('reads another period when the keeper picks one', async () => {
    const { fixture, element } = await render();
    (await nextTrend()).flush(elementTrendFactory());
    await fixture.whenStable();

    const period = element.querySelector<HTMLSelectElement>('#trend-period')!;
    period.value = '0';
    period.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    expect((await nextTrend()).request.body).toEqual({
      tankId: 'tank-1',
      elementId: 'iodine',
      days: 0,
    });
  });

  it('writes the explanation’s dates as the keeper reads dates', async () => {
    const { fixture, element } = await render();
    (await nextTrend()).flush(
      elementTrendFactory({ explanation: 'The latest, 38 µg/l on 2026-03-01, is low.' }),
    );
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="trend-explanation"]')?.textContent?.trim()).toBe(
      'The latest, 38 µg/l on 1 Mar 2026, is low.',
    );
  });

  it('offers a retry when the trend could not be loaded, and draws nothing', async () => {
    const { fixture, element } = await render();
    (await nextTrend()).flush({ message: 'Bad gateway' }, { status: 502, statusText: '' });
    await fixture.whenStable();

    expect(element.textContent).toContain('The trend could not be loaded');
    buttonLabelled(element, 'Try again').click();
    (await nextTrend()).flush(elementTrendFactory({ points: [] }));
    await fixture.whenStable();

    expect(element.textContent).toContain('No readings of Iodine in this period.');
    expect(draw).not.toHaveBeenCalled();
  });

  it('shows the tank’s range and links to where it is changed', async () => {
    const { fixture, element } = await render();
    (await nextTrend()).flush(elementTrendFactory());
    await fixture.whenStable();

    const link = [...element.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Change target ranges'),
    );
    expect(link?.getAttribute('href')).toBe('/app/targets');
    expect(element.textContent).toContain('Target 55–70 µg/l, aim 62');
  });

  it('shows Pro’s dose response per stretch, with the holding dose in ml of the product', async () => {
    const { fixture, element } = await render();
    fixture.componentRef.setInput('doseNames', new Map([['iodine', 'Iodine stock']]));
    const stretch = {
      from: '2026-01-05',
      to: '2026-03-01',
      days: 55,
      dosedPerDay: 0.5,
      measuredChangePerDay: -0.4,
      consumptionPerDay: 0.9,
      holdingDosePerDay: 0.9,
      holdingMlPerDay: 1.8,
      uncountedDoses: 1,
    };
    (await nextTrend()).flush(
      elementTrendFactory({
        doseResponse: { referenceElementId: 'iodine', intervals: [stretch], overall: stretch },
      }),
    );
    await fixture.whenStable();

    const summary = element
      .querySelector('[data-testid="dose-response-summary"]')
      ?.textContent?.replace(/\s+/g, ' ');
    expect(summary).toContain('your tank used about 0.9 µg/l a day');
    expect(summary).toContain('About 1.8 ml of Iodine stock a day would hold it steady.');
    expect(
      element.querySelector('ram-dose-response-panel tbody tr')?.textContent?.replace(/\s+/g, ' '),
    ).toContain('-0.4 µg/l');
    expect(element.textContent).toContain('1 dose could not be counted');
  });

  it('leaves dose response out when the plan has none', async () => {
    const { fixture, element } = await render();
    (await nextTrend()).flush(elementTrendFactory());
    await fixture.whenStable();

    expect(element.querySelector('ram-dose-response-panel')).toBeNull();
  });
});
