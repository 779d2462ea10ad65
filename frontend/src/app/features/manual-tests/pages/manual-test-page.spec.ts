import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { answerPost, chooseInDrawer, setUpPageTest, textOf } from '../../../../testing/dose-http';
import { profileFactory } from '../../../../testing/factories';
import { manualTestFactory } from '../../../../testing/manual-factories';
import { loadProfile } from '../../../../testing/profile';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { DrawerService } from '../../shell/services/drawer.service';
import { ManualTestService } from '../services/manual-test.service';
import { ManualTestPage } from './manual-test-page';

describe('ManualTestPage', () => {
  let http: HttpTestingController;
  let navigate: ReturnType<typeof setUpPageTest>['navigate'];

  beforeEach(() => {
    // 23:30 in Berlin: the tank's today is 4 March.
    ({ http, navigate } = setUpPageTest('2026-03-04T22:30:00Z'));
  });

  afterEach(() => http.verify());

  async function render(testId?: string) {
    const fixture = TestBed.createComponent(ManualTestPage);
    if (testId) fixture.componentRef.setInput('testId', testId);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  async function pick(
    fixture: { whenStable(): Promise<unknown> },
    element: HTMLElement,
    elementId: string,
    unit: string,
  ) {
    buttonLabelled(element, 'Add an element').click();
    expect(TestBed.inject(DrawerService).content()?.inputs?.['kind']).toBe('test');
    chooseInDrawer({
      elementId,
      kind: 'test',
      name: elementId[0].toUpperCase() + elementId.slice(1),
      unit,
    });
    await fixture.whenStable();
  }

  const text = textOf;
  const cards = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid="element-card"]')].map((card) => ({
      status: card.getAttribute('data-status'),
      value: text(card.querySelector('[data-testid="element-value"]')),
      range: text(card.querySelector('[data-testid="element-range"]')),
      trend: text(card.querySelector('[data-testid="element-trend"]')),
    }));

  it('enters a new test for the tank’s today and opens it once saved', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector<HTMLInputElement>('#manual-date')?.value).toBe('2026-03-04');
    expect(element.querySelector<HTMLInputElement>('#manual-date')?.max).toBe('2026-03-04');

    await pick(fixture, element, 'alkalinity', 'dKH');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('manual-row-1-value'));
    expect(text(element.querySelector('#manual-row-1-unit'))).toBe('dKH');
    typeInto(element, '#manual-row-1-value', '8,1');
    await pick(fixture, element, 'calcium', 'mg/l');
    typeInto(element, '#manual-row-2-value', '380');
    typeInto(element, '#manual-notes', 'After the water change');
    submitForm(element);
    const saved = { test: manualTestFactory({ id: 'test-7' }), reviewId: 'review-3' };
    const sent = await answerPost('/test/history/save', saved);

    expect(sent).toEqual({
      tankId: 'tank-1',
      date: '2026-03-04',
      notes: 'After the water change',
      elements: [
        { elementId: 'alkalinity', value: 8.1 },
        { elementId: 'calcium', value: 380 },
      ],
    });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/app/tests/manual', 'test-7'], { replaceUrl: true }),
    );
    expect(TestBed.inject(ManualTestService).takeSaved('test-7')).toEqual(saved);
  });

  it('opens a test just saved with its evaluation and review link, without reading it again', async () => {
    TestBed.inject(ManualTestService).keepSaved({
      test: manualTestFactory({ id: 'test-7' }),
      reviewId: 'review-3',
    });
    const { fixture, element } = await render('test-7');
    await fixture.whenStable();

    expect(cards(element)).toEqual([
      {
        status: 'OK',
        value: '8.1 dKH',
        range: 'Target 7.5–9 dKH, aim 8.3',
        trend: '→ Steady: steady since 24 Feb',
      },
      {
        status: 'LOW',
        value: '380 mg/l',
        range: 'Target 400–450 mg/l',
        trend: '⚠ Trend alert: ↓ Falling: 7% since 24 Feb',
      },
    ]);
    expect(text(element.querySelector('[data-testid="result-summary"]'))).toBe(
      '1 element needs attention: 1 low.',
    );
    expect(element.querySelector('[data-testid="review-link"]')?.getAttribute('href')).toBe(
      '/app/reef-review/review-3',
    );
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('test-result-heading'));
    http.expectNone('/api/test/history');
  });

  it('changes an existing test: reads it, fills the form, and saves with its id', async () => {
    const { fixture, element } = await render('test-1');
    expect(await answerPost('/test/history', { test: manualTestFactory() })).toEqual({
      tankId: 'tank-1',
      testId: 'test-1',
    });
    await fixture.whenStable();
    expect(text(element.querySelector('h1'))).toBe('Manual test of 3 Mar 2026');
    expect(element.querySelector<HTMLInputElement>('#manual-date')?.value).toBe('2026-03-03');
    expect(element.querySelector<HTMLInputElement>('#manual-row-2-value')?.value).toBe('380');
    expect(element.querySelector('[data-testid="review-link"]')).toBeNull();

    typeInto(element, '#manual-row-2-value', '410');
    submitForm(element.querySelector('ram-manual-test-form')!);
    const [alkalinity, calcium] = manualTestFactory().elements;
    const sent = await answerPost('/test/history/save', {
      test: manualTestFactory({ elements: [alkalinity, { ...calcium, value: 410, status: 'OK' }] }),
    });

    expect(sent).toEqual({
      tankId: 'tank-1',
      testId: 'test-1',
      date: '2026-03-03',
      elements: [
        { elementId: 'alkalinity', value: 8.1 },
        { elementId: 'calcium', value: 410 },
      ],
    });
    await vi.waitFor(() => expect(cards(element).map((card) => card.status)).toEqual(['OK', 'OK']));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('test-result-heading'));
    expect(navigate).not.toHaveBeenCalled();
  });

  it('checks the test before sending and focuses the first problem', async () => {
    const { fixture, element } = await render();

    submitForm(element);
    await fixture.whenStable();
    expect(text(element.querySelector('#manual-row-add-error'))).toBe(
      'Add at least one element you measured.',
    );

    typeInto(element, '#manual-date', '2026-03-05');
    await pick(fixture, element, 'calcium', 'mg/l');
    submitForm(element);
    await fixture.whenStable();

    expect(text(element.querySelector('#manual-date-error'))).toBe(
      'The test day cannot be after today.',
    );
    expect(text(element.querySelector('#manual-row-1-value-error'))).toBe(
      'Enter the Calcium value in mg/l.',
    );
    expect(element.querySelector('#manual-row-1-value')?.getAttribute('aria-describedby')).toBe(
      'manual-row-1-unit manual-row-1-value-error',
    );
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('manual-date'));
    http.expectNone('/api/test/history/save');
  });

  it('shows the API’s refusal in the form, not on the banner', async () => {
    const { fixture, element } = await render();
    await pick(fixture, element, 'calcium', 'mg/l');
    typeInto(element, '#manual-row-1-value', '5000');

    submitForm(element);
    await answerPost(
      '/test/history/save',
      { message: 'value of calcium is out of the plausible range', code: 'INVALID_REQUEST' },
      400,
    );

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('manual-refusal'));
    expect(text(element.querySelector('#manual-refusal'))).toBe(
      'value of calcium is out of the plausible range',
    );
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('says so when the test is not this tank’s', async () => {
    const { fixture, element } = await render('elsewhere');
    await answerPost('/test/history', { message: 'Test was not found', code: 'NOT_FOUND' }, 404);
    await fixture.whenStable();

    expect(element.textContent).toContain('This test could not be found');
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('shows an ICP test read-only, with the way to its own page', async () => {
    const { fixture, element } = await render('icp-1');
    await answerPost('/test/history', { test: manualTestFactory({ id: 'icp-1', kind: 'ICP' }) });
    await fixture.whenStable();

    expect(element.querySelector('ram-manual-test-form')).toBeNull();
    expect(element.querySelector('a[href="/app/tests/icp/icp-1"]')).not.toBeNull();
  });
});
