import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import {
  answerPost,
  chooseInDrawer,
  DOSE_ELEMENT_LIST,
  setUpPageTest,
  textOf,
} from '../../../../testing/dose-http';
import { doseEntryFactory } from '../../../../testing/dose-factories';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { DoseDay } from '../services/dose-day';
import { DosesPage } from './doses-page';

describe('DosesPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    // 23:30 in Berlin on 4 March is still 4 March for the tank, though 22:30 UTC.
    ({ http } = setUpPageTest('2026-03-04T22:30:00Z'));
  });

  afterEach(() => http.verify());

  const march3: DoseDay = {
    date: '2026-03-03',
    entries: [
      doseEntryFactory({ elementId: 'calcium', amount: 12.5 }),
      doseEntryFactory({
        entryId: 'program#program-1#iodine',
        elementId: 'iodine',
        amount: 2,
        source: 'PROGRAM',
        programId: 'program-1',
      }),
      doseEntryFactory({
        entryId: 'icp#test-9#magnesium#0',
        elementId: 'magnesium',
        amount: 30,
        source: 'ICP_CORRECTION',
        testId: 'test-9',
      }),
    ],
  };

  async function render(date?: string, page = { days: [march3], hasMore: false }) {
    const fixture = TestBed.createComponent(DosesPage);
    if (date) fixture.componentRef.setInput('date', date);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await answerPost('/dose/history/list', { tankId: 'tank-1', ...page });
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = textOf;
  const entries = (root: Element) =>
    [...root.querySelectorAll('[data-testid="dose-entry"]')].map((entry) =>
      [
        ...entry.querySelectorAll(
          'div > p:first-child, .tabular-nums, [data-testid="dose-source"]',
        ),
      ].map(text),
    );

  it('lists the dose history by day with who logged each dose', async () => {
    const { element } = await render();

    const day = element.querySelector('ram-dose-day-card')!;
    expect(text(day.querySelector('h3'))).toBe('Tue, 3 Mar 2026');
    expect(entries(day)).toEqual([
      ['Calcium chloride', '12.5 ml', 'Manual'],
      ['Iodine', '2 ml', 'Program'],
      ['Magnesium chloride', '30 ml', 'ICP correction'],
    ]);
    expect([...day.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '/app/programs/program-1',
      '/app/tests/icp/test-9',
    ]);
  });

  it('says so when nothing is logged yet', async () => {
    const { element } = await render(undefined, { days: [], hasMore: false });

    expect(element.textContent).toContain('No doses logged in March 2026');
  });

  it('logs a dose over several days in one save and adds the days to the history', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector<HTMLInputElement>('#dose-date')?.value).toBe('2026-03-04');

    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'magnesium', name: 'Magnesium chloride' });
    await fixture.whenStable();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-row-1-amount'));
    typeInto(element, '#dose-row-1-amount', '7,5');
    typeInto(element, '#dose-row-1-days', '3');
    await fixture.whenStable();
    expect(text(element.querySelector('#dose-row-1-days-note'))).toBe('4 Mar 2026 to 6 Mar 2026.');

    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'iodine', name: 'Iodine' });
    await fixture.whenStable();
    typeInto(element, '#dose-row-2-amount', '1');
    submitForm(element.querySelector('ram-dose-log-form')!);
    const logged = (date: string, entries: DoseDay['entries']) => ({
      tankId: 'tank-1',
      date,
      entries,
    });
    const magnesium = doseEntryFactory({ elementId: 'magnesium', amount: 7.5 });
    const sent = await answerPost('/dose/history/save', {
      tankId: 'tank-1',
      days: [
        logged('2026-03-04', [doseEntryFactory({ elementId: 'iodine', amount: 1 }), magnesium]),
        logged('2026-03-05', [magnesium]),
        logged('2026-03-06', [magnesium]),
      ],
    });
    await fixture.whenStable();

    expect(sent).toEqual({
      tankId: 'tank-1',
      date: '2026-03-04',
      entries: [
        { elementId: 'magnesium', amount: 7.5, unit: 'ml', days: 3 },
        { elementId: 'iodine', amount: 1, unit: 'ml' },
      ],
    });
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-log-done'));
    expect(text(element.querySelector('#dose-log-done'))).toBe(
      'Logged 2 doses on 3 days, 4 Mar 2026 to 6 Mar 2026.',
    );
    expect([...element.querySelectorAll('ram-dose-day-card h3')].map(text)).toEqual([
      'Fri, 6 Mar 2026',
      'Thu, 5 Mar 2026',
      'Wed, 4 Mar 2026',
      'Tue, 3 Mar 2026',
    ]);
    expect(element.querySelector('#dose-row-1-amount')).toBeNull();
  });

  it('checks the form before sending and focuses the first problem', async () => {
    const { fixture, element } = await render();

    submitForm(element.querySelector('ram-dose-log-form')!);
    await fixture.whenStable();
    expect(text(element.querySelector('#dose-row-add-error'))).toBe(
      'Add at least one dose product.',
    );

    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'calcium', name: 'Calcium chloride' });
    await fixture.whenStable();
    typeInto(element, '#dose-row-1-days', '120');
    submitForm(element.querySelector('ram-dose-log-form')!);
    await fixture.whenStable();

    expect(text(element.querySelector('#dose-row-1-amount-error'))).toBe('Enter an amount.');
    expect(text(element.querySelector('#dose-row-1-days-note'))).toBe(
      'Enter a whole number of days from 1 to 90.',
    );
    expect(element.querySelector('#dose-row-1-amount')?.getAttribute('aria-invalid')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-row-1-amount'));
    http.expectNone('/api/dose/history/save');
  });

  it('shows the API’s refusal in the form, not on the banner', async () => {
    const { fixture, element } = await render();
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'calcium' });
    await fixture.whenStable();
    typeInto(element, '#dose-row-1-amount', '5');

    submitForm(element.querySelector('ram-dose-log-form')!);
    await answerPost(
      '/dose/history/save',
      {
        message: 'calcium is not in the CUSTOM dose catalog of this tank',
        code: 'INVALID_REQUEST',
      },
      400,
    );
    await fixture.whenStable();

    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-log-refusal'));
    expect(text(element.querySelector('#dose-log-refusal'))).toContain(
      'not in the CUSTOM dose catalog',
    );
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('deletes one dose after asking, and keeps the rest of the day', async () => {
    const { fixture, element } = await render();
    const first = element.querySelector('[data-testid="dose-entry"]')!;

    buttonLabelled(first as HTMLElement, 'Delete').click();
    await fixture.whenStable();
    expect(text(first.querySelector('[role="group"] p'))).toBe(
      'Delete Calcium chloride (12.5 ml) from Tue, 3 Mar 2026?',
    );
    await vi.waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('Cancel'));
    first.querySelector<HTMLButtonElement>('[role="group"] .btn-primary')!.click();
    const sent = await answerPost('/dose/history/delete', {
      tankId: 'tank-1',
      date: '2026-03-03',
      removedEntryIds: ['manual#calcium'],
      day: { tankId: 'tank-1', date: '2026-03-03', entries: march3.entries.slice(1) },
    });
    await fixture.whenStable();

    expect(sent).toEqual({ tankId: 'tank-1', date: '2026-03-03', entryId: 'manual#calcium' });
    await vi.waitFor(() => expect(entries(element)).toHaveLength(2));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-history-notice'));
    expect(text(element.querySelector('#dose-history-notice'))).toBe(
      'Deleted Calcium chloride (12.5 ml) from 3 Mar 2026.',
    );
  });

  it('confirms a planned correction dose as given early; given doses offer no such button', async () => {
    const planned = doseEntryFactory({
      entryId: 'icp#test-9#magnesium#1',
      elementId: 'magnesium',
      amount: 30,
      source: 'ICP_CORRECTION',
      testId: 'test-9',
      dayIndex: 1,
      state: 'PLANNED',
    });
    const march5: DoseDay = { date: '2026-03-05', planned: true, entries: [planned] };
    const { fixture, element } = await render(undefined, {
      days: [march5, march3],
      hasMore: false,
    });
    const [tomorrow, given] = [...element.querySelectorAll('ram-dose-day-card')];
    expect(text(tomorrow.querySelector('[data-testid="dose-day-planned"]'))).toBe('Planned');
    expect(text(tomorrow.querySelector('[data-testid="dose-planned"]'))).toBe(
      'Planned, not given yet',
    );
    expect(given.querySelector('[data-testid="dose-confirm-early"]')).toBeNull();

    const button = tomorrow.querySelector<HTMLButtonElement>('[data-testid="dose-confirm-early"]')!;
    expect(button.getAttribute('aria-label')).toBe(
      'I gave Magnesium chloride, 30 ml of Thu, 5 Mar 2026 already',
    );
    button.click();
    const sent = await answerPost('/dose/history/confirm', {
      tankId: 'tank-1',
      date: '2026-03-05',
      planned: false,
      entries: [{ ...planned, state: 'GIVEN', confirmedAt: '2026-03-04T22:30:00Z' }],
    });
    await fixture.whenStable();

    expect(sent).toEqual({
      tankId: 'tank-1',
      date: '2026-03-05',
      entryId: 'icp#test-9#magnesium#1',
    });
    const day = element.querySelector('ram-dose-day-card')!;
    await vi.waitFor(() => expect(day.querySelector('[data-testid="dose-planned"]')).toBeNull());
    expect(day.querySelector('[data-testid="dose-day-planned"]')).toBeNull();
    expect(day.querySelector('[data-testid="dose-confirm-early"]')).toBeNull();
    expect(text(day.querySelector('[data-testid="dose-given-early"]'))).toBe('Given early, 4 Mar');
    expect(text(element.querySelector('#dose-history-notice'))).toBe(
      'Magnesium chloride (30 ml) of 5 Mar 2026 counts as given.',
    );
  });

  it('opens the day named in ?date at the top, highlighted, and starts the form on it', async () => {
    const fixture = TestBed.createComponent(DosesPage);
    fixture.componentRef.setInput('date', '2026-03-03');
    await loadProfile(profileFactory());
    await fixture.whenStable();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await answerPost('/dose/history/list', { tankId: 'tank-1', days: [march3], hasMore: false });
    const sent = await answerPost('/dose/history', { tankId: 'tank-1', ...march3 });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(sent).toEqual({ tankId: 'tank-1', date: '2026-03-03' });
    expect(text(element.querySelector('#opened-day-heading'))).toBe('Doses on Tue, 3 Mar 2026');
    expect(element.querySelector('#dose-day-opened-2026-03-03')?.textContent).toContain(
      'Selected day',
    );
    expect(element.querySelector('#dose-day-history-2026-03-03')?.textContent).toContain(
      'Selected day',
    );
    expect(element.querySelector<HTMLInputElement>('#dose-date')?.value).toBe('2026-03-03');
  });

  it('says plainly when nothing was logged on the opened day', async () => {
    const fixture = TestBed.createComponent(DosesPage);
    fixture.componentRef.setInput('date', '2026-02-14');
    await loadProfile(profileFactory());
    await fixture.whenStable();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await answerPost('/dose/history/list', { tankId: 'tank-1', days: [], hasMore: false });
    await answerPost(
      '/dose/history',
      { message: 'Dose record was not found', code: 'NOT_FOUND' },
      404,
    );
    await fixture.whenStable();

    expect(fixture.nativeElement.textContent).toContain('Nothing logged on Sat, 14 Feb 2026');
    expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
  });

  it('shows this month with per-element totals and a chart, and pages by month', async () => {
    const { fixture, element } = await render(undefined, { days: [march3], hasMore: false });

    expect(text(element.querySelector('#dose-history-heading'))).toBe('History · March 2026');
    const totals = [...element.querySelectorAll('[data-testid="dose-month-totals"] tbody tr')].map(
      (row) => [...row.querySelectorAll('td')].map(text),
    );
    expect(totals).toEqual([
      ['Magnesium chloride', '30 ml', '1'],
      ['Calcium chloride', '12.5 ml', '1'],
      ['Iodine', '2 ml', '1'],
    ]);
    expect(element.querySelector('[data-testid="dose-month-chart"]')).not.toBeNull();
    expect(buttonLabelled(element, 'Later month').disabled).toBe(true);

    buttonLabelled(element, 'Earlier month').click();
    const sent = await answerPost('/dose/history/list', {
      tankId: 'tank-1',
      days: [{ tankId: 'tank-1', date: '2026-02-20', entries: [doseEntryFactory()] }],
      hasMore: false,
    });
    await fixture.whenStable();

    expect(sent).toEqual({ tankId: 'tank-1', from: '2026-02-01', to: '2026-02-28', limit: 31 });
    expect(text(element.querySelector('#dose-history-heading'))).toBe('History · February 2026');
    expect(element.querySelectorAll('ram-dose-day-card')).toHaveLength(1);
    expect(buttonLabelled(element, 'Later month').disabled).toBe(false);
  });
});
