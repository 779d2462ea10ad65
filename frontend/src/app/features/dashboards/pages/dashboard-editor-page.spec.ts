import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { submitForm } from '../../../../testing/dom';
import {
  DOSE_ELEMENT_LIST,
  answerPost,
  setUpPageTest,
  textOf,
} from '../../../../testing/dose-http';
import { TEST_ELEMENT_LIST } from '../../../../testing/element-lists';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { DashboardEditorPage } from './dashboard-editor-page';

describe('DashboardEditorPage', () => {
  let http: HttpTestingController;
  let navigate: ReturnType<typeof setUpPageTest>['navigate'];

  beforeEach(() => {
    ({ http, navigate } = setUpPageTest('2026-03-04T10:00:00Z'));
  });
  afterEach(() => http.verify());

  const saved = {
    dashboardId: 'd-1',
    name: 'Balling',
    charts: [
      { testElementId: 'calcium', doseElementIds: ['calcium'] },
      { testElementId: 'alkalinity', doseElementIds: [] },
    ],
  };
  const list = (limit = { perTank: null as number | null, saved: 1 }) => ({
    tankId: 'tank-1',
    dashboards: [saved],
    defaultDashboard: { dashboardId: 'default', name: 'Default', charts: [] },
    limit,
  });

  async function render(dashboardId?: string, answer = list()) {
    const fixture = TestBed.createComponent(DashboardEditorPage);
    if (dashboardId) fixture.componentRef.setInput('dashboardId', dashboardId);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    await answerPost('/user/dashboard', answer);
    await answerPost('/test/elements/list', TEST_ELEMENT_LIST);
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }
  /** The editor's icon-size buttons are named by aria-label ("Add Calcium", "Move Calcium up"). */
  const buttonLabelled = (element: HTMLElement, label: string) => {
    const button = element.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
    if (!button) throw new Error(`No button labelled ${label}`);
    return button;
  };
  const charts = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid="canvas-chart"] h2')].map(textOf);

  it('starts a new dashboard on a blank canvas and builds it with the drawer’s Add buttons', async () => {
    const { fixture, element } = await render();

    expect(charts(element)).toEqual([]);
    expect(element.textContent).toContain('Drag tests here from the drawer');
    buttonLabelled(element, 'Add Calcium').click();
    buttonLabelled(element, 'Add Alkalinity').click();
    await fixture.whenStable();
    expect(charts(element)).toEqual(['Calcium', 'Alkalinity']);

    buttonLabelled(element, 'Move Alkalinity up').click();
    await fixture.whenStable();
    const dose = element.querySelectorAll<HTMLSelectElement>(
      '[data-testid="canvas-chart"] select',
    )[2];
    dose.value = 'calcium';
    dose.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const name = element.querySelector<HTMLInputElement>('#dashboard-name')!;
    name.value = 'Balling pair';
    name.dispatchEvent(new Event('input'));
    submitForm(element);
    const sent = await answerPost('/user/dashboard/save', {
      dashboard: { ...saved, dashboardId: 'd-2', name: 'Balling pair' },
    });
    await fixture.whenStable();

    expect(sent).toEqual({
      tankId: 'tank-1',
      name: 'Balling pair',
      charts: [
        { testElementId: 'alkalinity', doseElementIds: [] },
        { testElementId: 'calcium', doseElementIds: ['calcium'] },
      ],
    });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/app/dashboards', 'd-2'], { replaceUrl: true }),
    );
  });

  it('opens a saved dashboard, removes a chart and saves under its id', async () => {
    const { fixture, element } = await render('d-1');

    expect(element.querySelector<HTMLInputElement>('#dashboard-name')?.value).toBe('Balling');
    expect(charts(element)).toEqual(['Calcium', 'Alkalinity']);
    buttonLabelled(element, 'Remove Alkalinity').click();
    await fixture.whenStable();
    submitForm(element);
    const sent = await answerPost('/user/dashboard/save', {
      dashboard: { ...saved, charts: [saved.charts[0]] },
    });

    expect(sent).toEqual({
      tankId: 'tank-1',
      dashboardId: 'd-1',
      name: 'Balling',
      charts: [saved.charts[0]],
    });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows a Basic keeper why a second dashboard is refused, in the page and not on the banner', async () => {
    const { fixture, element } = await render(undefined, list({ perTank: 1, saved: 1 }));

    expect(element.textContent).toContain(
      'Your plan keeps 1 saved dashboard per tank; this tank has 1.',
    );
    buttonLabelled(element, 'Add Calcium').click();
    submitForm(element);
    await answerPost(
      '/user/dashboard/save',
      { code: 'DASHBOARD_LIMIT', limit: 1, message: 'Your plan keeps 1 saved dashboard per tank.' },
      403,
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(textOf(element.querySelector('[data-testid="dashboard-problem"]'))).toBe(
        'Your plan keeps 1 saved dashboard per tank.',
      );
    });
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('says so for a dashboard that is not this tank’s', async () => {
    const { element } = await render('someone-elses');

    expect(element.textContent).toContain("This dashboard is not one of this tank's.");
  });
});
