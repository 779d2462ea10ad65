import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import {
  answerPost,
  chooseInDrawer,
  DOSE_ELEMENT_LIST,
  setUpPageTest,
  textOf,
} from '../../../../testing/dose-http';
import { profileFactory } from '../../../../testing/factories';
import { programFactory } from '../../../../testing/program-factories';
import { loadProfile } from '../../../../testing/profile';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { DosingProgram, ProgramElement } from '../services/program';
import { PROGRAM_LIST_NOTICE, ProgramHistoryService } from '../services/program-history.service';
import { ProgramDetailPage } from './program-detail-page';

describe('ProgramDetailPage', () => {
  let http: HttpTestingController;
  let navigate: ReturnType<typeof setUpPageTest>['navigate'];

  beforeEach(() => {
    ({ http, navigate } = setUpPageTest('2026-03-04T10:00:00Z'));
  });

  afterEach(() => http.verify());

  async function render(program?: DosingProgram) {
    const fixture = TestBed.createComponent(ProgramDetailPage);
    if (program) fixture.componentRef.setInput('programId', program.programId);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    if (program) {
      expect(await answerPost('/program/history', program)).toEqual({
        tankId: 'tank-1',
        programId: program.programId,
      });
    }
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = textOf;
  const row = (element: HTMLElement, elementId: string) =>
    element.querySelector<HTMLElement>(`fieldset[data-element="${elementId}"]`)!;
  // The keeper taps one day at a time; the page renders between taps.
  async function toggle(element: HTMLElement, elementId: string, day: string) {
    row(element, elementId)
      .querySelector<HTMLButtonElement>(`button[aria-label="${day}"]`)!
      .click();
    await TestBed.inject(ApplicationRef).whenStable();
  }
  const saveAnswer = async (answer: object, status = 200) => {
    const sent = await answerPost('/program/history/save', answer, status);
    return sent as Record<string, unknown>;
  };

  it('shows each element with its amount and dosing days, and what can be done next', async () => {
    const { element } = await render(programFactory());

    expect(text(element.querySelector('h1'))).toBe('Daily balling');
    expect(text(element.querySelector('[data-testid="program-status"]'))).toBe(', Active');
    expect(text(element.querySelector('[data-testid="program-period"]'))).toBe('Since 1 Feb 2026');
    const elements = [...element.querySelectorAll('[data-testid="program-element"]')];
    expect(
      elements.map((item) => [...item.querySelectorAll('div > p')].map(text).join(' ')),
    ).toEqual(['Calcium chloride 20 ml', 'Iodine 2 ml']);
    expect(elements.map((item) => text(item.querySelector('ram-weekday-chips .sr-only')))).toEqual([
      'Doses on every day',
      'Doses on Mon, Thu',
    ]);
    expect(elements[1].querySelectorAll('[data-on]')).toHaveLength(2);
    expect(() => buttonLabelled(element, 'Edit program')).not.toThrow();
    expect(() => buttonLabelled(element, 'Review and activate')).toThrow();
  });

  it('creates a program from picked products, amounts and days, and opens it', async () => {
    const { fixture, element } = await render();
    expect(text(element.querySelector('h1'))).toBe('New program');
    expect(element.querySelector<HTMLInputElement>('#program-start')?.value).toBe('2026-03-04');

    typeInto(element, '#program-name', ' Trace plan ');
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'iodine', name: 'Iodine' });
    await fixture.whenStable();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('program-row-1-amount'));
    typeInto(element, '#program-row-1-amount', '1.5');
    await toggle(element, 'iodine', 'Sunday');
    await toggle(element, 'iodine', 'Saturday');
    await fixture.whenStable();
    expect(
      row(element, 'iodine').querySelector('[aria-label="Sunday"]')?.getAttribute('aria-pressed'),
    ).toBe('false');
    submitForm(element);
    const created = programFactory({
      programId: 'program-9',
      name: 'Trace plan',
      startDate: '2026-03-04',
    });
    const sent = await saveAnswer({ program: created, kind: 'created', backfillQueued: true });

    expect(sent).toEqual({
      tankId: 'tank-1',
      name: 'Trace plan',
      startDate: '2026-03-04',
      status: 'active',
      elements: [{ elementId: 'iodine', amount: 1.5, unit: 'ml', weekdays: [1, 2, 3, 4, 5] }],
    });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/app/programs', 'program-9'], { replaceUrl: true }),
    );
    expect(TestBed.inject(ProgramHistoryService).takeNotice('program-9')).toBe(
      '“Trace plan” is active from 4 Mar 2026. Its doses up to today are being added to your dose history.',
    );
  });

  it('saves a new program as a draft when asked to', async () => {
    const { fixture, element } = await render();
    typeInto(element, '#program-name', 'Maybe later');
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'calcium' });
    await fixture.whenStable();
    typeInto(element, '#program-row-1-amount', '0');

    buttonLabelled(element, 'Save as draft').click();
    const sent = await saveAnswer({
      program: programFactory({ programId: 'draft-2', status: 'draft' }),
      kind: 'created',
      backfillQueued: false,
    });

    expect(sent['status']).toBe('draft');
  });

  it('checks the program before sending and focuses the first problem', async () => {
    const { fixture, element } = await render();

    submitForm(element);
    await fixture.whenStable();

    expect(text(element.querySelector('#program-name-error'))).toBe('Give the program a name.');
    expect(text(element.querySelector('#program-row-add-error'))).toBe(
      'Add at least one dose product.',
    );
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('program-name'));

    typeInto(element, '#program-name', 'Trace plan');
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'iodine' });
    await fixture.whenStable();
    typeInto(element, '#program-row-1-amount', '1');
    for (const day of [
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]) {
      await toggle(element, 'iodine', day);
    }
    submitForm(element);
    await fixture.whenStable();

    expect(text(element.querySelector('#program-row-1-days-error'))).toBe('Pick at least one day.');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('program-row-1-days'));
    http.expectNone('/api/program/history/save');
  });

  it('warns that editing the running program starts a new version, and opens that version', async () => {
    const { fixture, element } = await render(programFactory());
    buttonLabelled(element, 'Edit program').click();
    await fixture.whenStable();

    expect(text(element.querySelector('#program-versioning'))).toContain(
      'this version ends yesterday (3 Mar 2026) with its logged doses kept',
    );
    typeInto(element, '#program-row-2-amount', '3');
    submitForm(element);
    const sent = await saveAnswer({
      kind: 'versioned',
      program: programFactory({
        programId: 'program-2',
        startDate: '2026-03-04',
        previousProgramId: 'program-1',
      }),
      closed: programFactory({ status: 'inactive', endDate: '2026-03-03' }),
      backfillQueued: true,
    });

    expect(sent).toEqual({
      tankId: 'tank-1',
      programId: 'program-1',
      name: 'Daily balling',
      startDate: '2026-02-01',
      status: 'active',
      elements: [
        { elementId: 'calcium', amount: 20, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
        { elementId: 'iodine', amount: 3, unit: 'ml', weekdays: [1, 4] },
      ],
    });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/app/programs', 'program-2'], { replaceUrl: false }),
    );
    expect(TestBed.inject(ProgramHistoryService).takeNotice('program-2')).toContain(
      'Saved as a new version from 4 Mar 2026. The earlier version ended 3 Mar 2026',
    );
  });

  describe('a RaM draft', () => {
    const suggestion: ProgramElement[] = [
      { elementId: 'calcium', amount: 20, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
      { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] },
    ];
    const draft = programFactory({
      programId: 'draft-1',
      name: 'RaM draft',
      status: 'draft',
      startDate: '2026-02-28',
      elements: suggestion,
      source: { kind: 'RAM_DRAFT', suggestion },
    });

    it('is activated with the keeper’s edits and RaM’s suggestion as it was made', async () => {
      const { fixture, element } = await render(draft);
      expect(
        [...element.querySelectorAll('[data-testid="versus-suggestion"]')].map((line) =>
          text(line),
        ),
      ).toEqual(['As RaM suggested', 'As RaM suggested']);

      buttonLabelled(element, 'Review and activate').click();
      await fixture.whenStable();
      expect(element.querySelector('[data-testid="ram-draft-intro"]')).not.toBeNull();
      expect(element.querySelector<HTMLInputElement>('#program-start')?.value).toBe('2026-03-04');
      typeInto(element, '#program-row-2-amount', '3');
      await toggle(element, 'iodine', 'Thursday');
      element.querySelector<HTMLButtonElement>('[aria-label="Remove Calcium chloride"]')!.click();
      await fixture.whenStable();

      expect(text(row(element, 'iodine').querySelector('[data-testid="versus-suggestion"]'))).toBe(
        'Changed: RaM suggested 2 ml on Mon, Thu',
      );
      expect(text(element.querySelector('[data-testid="dropped"] li'))).toBe(
        'Calcium chloride: 20 ml on every day Add back',
      );
      buttonLabelled(element, 'Activate program').click();
      const activated = { ...draft, status: 'active', startDate: '2026-03-04' };
      const sent = await saveAnswer({
        kind: 'activated',
        program: activated,
        feedback: { feedbackId: 'feedback-1', changes: [{}, {}] },
        backfillQueued: false,
      });

      expect(sent).toEqual({
        tankId: 'tank-1',
        programId: 'draft-1',
        name: 'RaM draft',
        startDate: '2026-03-04',
        status: 'active',
        elements: [{ elementId: 'iodine', amount: 3, unit: 'ml', weekdays: [1] }],
        source: { kind: 'RAM_DRAFT', suggestion },
      });
      await vi.waitFor(() => expect(document.activeElement?.id).toBe('program-notice'));
      expect(text(element.querySelector('#program-notice'))).toBe(
        '“RaM draft” is active from 4 Mar 2026. RaM noted the 2 changes you made to its suggestion.',
      );
      expect(text(element.querySelector('[data-testid="program-status"]'))).toBe(', Active');
      expect(navigate).not.toHaveBeenCalled();
    });

    it('puts a suggested element the keeper took out back as RaM suggested it', async () => {
      const { fixture, element } = await render(draft);
      buttonLabelled(element, 'Edit draft').click();
      await fixture.whenStable();
      element.querySelector<HTMLButtonElement>('[aria-label="Remove Iodine"]')!.click();
      await fixture.whenStable();

      buttonLabelled(element, 'Add back').click();
      await fixture.whenStable();

      expect(row(element, 'iodine').querySelector<HTMLInputElement>('input')?.value).toBe('2');
      expect(element.querySelector('[data-testid="dropped"]')).toBeNull();
    });
  });

  it('deletes after asking and goes back to the list with a word about it', async () => {
    const { fixture, element } = await render(programFactory());

    buttonLabelled(element, 'Delete program').click();
    await fixture.whenStable();
    expect(text(element.querySelector('[role="group"] p'))).toBe('Delete “Daily balling”?');
    element.querySelector<HTMLButtonElement>('[role="group"] .btn-primary')!.click();
    const sent = await answerPost('/program/history/delete', {
      tankId: 'tank-1',
      programId: 'program-1',
      deleted: true,
    });

    expect(sent).toEqual({ tankId: 'tank-1', programId: 'program-1' });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(['/app/programs']));
    expect(TestBed.inject(ProgramHistoryService).takeNotice(PROGRAM_LIST_NOTICE)).toBe(
      'Deleted “Daily balling”.',
    );
  });

  it('shows the API’s refusal in the editor, not on the banner', async () => {
    const { fixture, element } = await render(programFactory());
    buttonLabelled(element, 'Edit program').click();
    await fixture.whenStable();

    submitForm(element);
    await saveAnswer(
      { message: 'The program changed while saving; reload it and try again', code: 'CONFLICT' },
      409,
    );

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('program-refusal'));
    expect(text(element.querySelector('#program-refusal'))).toBe(
      'The program changed while saving; reload it and try again',
    );
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('says so when the program is not this tank’s', async () => {
    const fixture = TestBed.createComponent(ProgramDetailPage);
    fixture.componentRef.setInput('programId', 'elsewhere');
    await loadProfile(profileFactory());
    await fixture.whenStable();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await answerPost(
      '/program/history',
      { message: 'Program was not found', code: 'NOT_FOUND' },
      404,
    );
    await fixture.whenStable();

    expect(fixture.nativeElement.textContent).toContain('This program could not be found');
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });
});
