import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { profileFactory, tankFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { answerAction, settle } from '../../../../testing/review-requests';
import { tankRangeFactory, tankRangeListFactory } from '../../../../testing/target-factories';
import { TankSelection } from '../../../core/profile/tank-selection.service';
import { TargetsPage } from './targets-page';

describe('TargetsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const answer = (action: string, body: object, status = 200) =>
    answerAction('/user/target-ranges', action, body, status);
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function render(list = tankRangeListFactory(), profile = profileFactory()) {
    const fixture = TestBed.createComponent(TargetsPage);
    await loadProfile(profile);
    const sent = await answer('LIST', list);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, sent };
  }

  const row = (element: HTMLElement, elementId: string) =>
    element.querySelector<HTMLElement>(`[data-testid="range-${elementId}"]`)!;

  async function openEditor(
    fixture: { whenStable(): Promise<unknown> },
    element: HTMLElement,
    elementId: string,
  ) {
    row(element, elementId).querySelector<HTMLButtonElement>(`#edit-range-${elementId}`)!.click();
    await fixture.whenStable();
  }

  it('lists the selected tank’s ranges with where each comes from and the method default', async () => {
    const { element, sent } = await render();

    expect(sent).toEqual({ action: 'LIST', tankId: 'tank-1' });
    expect(text(row(element, 'calcium').querySelector('[data-testid="current-range"]'))).toBe(
      '400–450 mg/l, target 430',
    );
    expect(text(row(element, 'calcium').querySelector('ram-range-source-badge'))).toBe(
      'Method default',
    );
    expect(text(row(element, 'magnesium').querySelector('ram-range-source-badge'))).toBe('Custom');
    expect(text(row(element, 'magnesium'))).toContain('Default: 1,250–1,350 mg/l, target 1,300');
    expect(text(element)).toContain('Defaults follow the Moonshiners method where it sets a range');
  });

  it('marks a safety limit as such', async () => {
    const { element } = await render(
      tankRangeListFactory({
        ranges: [
          tankRangeFactory({
            elementId: 'copper',
            name: 'Copper',
            unit: 'µg/l',
            current: { high: 5, source: 'HAZARD_FALLBACK' },
            methodDefault: undefined,
          }),
        ],
      }),
    );

    expect(text(row(element, 'copper'))).toContain('up to 5 µg/l');
    expect(text(row(element, 'copper').querySelector('ram-range-source-badge'))).toBe(
      'Safety limit',
    );
  });

  it('does not send a range whose target is below its low value, and points at the field', async () => {
    const { fixture, element } = await render();
    await openEditor(fixture, element, 'calcium');
    expect(document.activeElement?.id).toBe('range-calcium-low');

    typeInto(element, '#range-calcium-target', '390');
    submitForm(row(element, 'calcium'));
    await fixture.whenStable();

    expect(text(element.querySelector('#range-calcium-target-error'))).toBe(
      'Target must be at least the low value (400).',
    );
    expect(element.querySelector('#range-calcium-target')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(document.activeElement?.id).toBe('range-calcium-target');
    expect(http.match('/api/user/target-ranges')).toHaveLength(0);
  });

  it('saves a new range as a custom version, shows it and says so', async () => {
    const { fixture, element } = await render();
    await openEditor(fixture, element, 'calcium');

    typeInto(element, '#range-calcium-low', '410');
    typeInto(element, '#range-calcium-target', '');
    typeInto(element, '#range-calcium-high', '440');
    submitForm(row(element, 'calcium'));
    const saved = tankRangeListFactory({
      ranges: [
        tankRangeFactory({
          current: { low: 410, high: 440, source: 'CUSTOM' },
          version: 1,
          history: [{ version: 1, low: 410, high: 440, activeFrom: '2026-09-20' }],
        }),
      ],
    });
    const sent = await answer('SAVE', saved);
    await settle(fixture);

    expect(sent).toEqual({
      action: 'SAVE',
      tankId: 'tank-1',
      elementId: 'calcium',
      low: 410,
      high: 440,
    });
    expect(text(row(element, 'calcium').querySelector('[data-testid="current-range"]'))).toBe(
      '410–440 mg/l',
    );
    expect(text(element.querySelector('[role="status"]'))).toBe('Saved Calcium: 410–440 mg/l.');
    expect(element.querySelector('#range-calcium-low')).toBeNull();
    expect(document.activeElement?.id).toBe('edit-range-calcium');
  });

  it('shows the server’s reason in the form when it refuses a range', async () => {
    const { fixture, element } = await render();
    await openEditor(fixture, element, 'calcium');

    submitForm(row(element, 'calcium'));
    await answer('SAVE', { message: 'Calcium cannot go above 600 mg/l.' }, 400);
    await settle(fixture);

    expect(text(row(element, 'calcium').querySelector('[role="alert"]'))).toBe(
      'Calcium cannot go above 600 mg/l.',
    );
  });

  it('puts a custom range back to the method default', async () => {
    const { fixture, element } = await render();
    await openEditor(fixture, element, 'magnesium');

    buttonLabelled(row(element, 'magnesium'), 'Reset to default').click();
    const reset = tankRangeListFactory();
    const magnesium = reset.ranges[1];
    const sent = await answer('RESET', {
      ...reset,
      ranges: [reset.ranges[0], { ...magnesium, current: magnesium.methodDefault! }],
    });
    await settle(fixture);

    expect(sent).toEqual({ action: 'RESET', tankId: 'tank-1', elementId: 'magnesium' });
    expect(text(row(element, 'magnesium').querySelector('ram-range-source-badge'))).toBe(
      'Method default',
    );
    expect(text(element.querySelector('[role="status"]'))).toBe(
      'Magnesium is back to the method default: 1,250–1,350 mg/l, target 1,300.',
    );
  });

  it('offers no reset for a range that already is the default', async () => {
    const { fixture, element } = await render();
    await openEditor(fixture, element, 'calcium');

    expect(text(row(element, 'calcium'))).not.toContain('Reset to default');
  });

  it('opens an element’s version history, newest first', async () => {
    const { fixture, element } = await render();
    const toggle = buttonLabelled(row(element, 'magnesium'), 'History');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    toggle.click();
    await fixture.whenStable();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      [...row(element, 'magnesium').querySelectorAll('[data-testid="range-version"]')].map(text),
    ).toEqual([
      'Version 2: 1,300–1,400 mg/l, target 1,350 · from 1 Aug 2026 (in use)',
      'Version 1: 1,280–1,380 mg/l · from 1 May 2026 to 1 Aug 2026',
    ]);
  });

  it('shows the tank a link names', async () => {
    const fixture = TestBed.createComponent(TargetsPage);
    fixture.componentRef.setInput('tank', 'tank-2');
    await loadProfile(
      profileFactory({
        tanks: [tankFactory(), tankFactory({ tankId: 'tank-2', name: 'Frag tank' })],
      }),
    );
    const sent = await answer('LIST', tankRangeListFactory({ tankId: 'tank-2' }));
    await fixture.whenStable();

    expect(sent).toEqual({ action: 'LIST', tankId: 'tank-2' });
    expect(TestBed.inject(TankSelection).selectedTankId()).toBe('tank-2');
  });
});
