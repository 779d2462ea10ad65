import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, typeInto } from '../../../../testing/dom';
import {
  DOSE_ELEMENT_LIST,
  answerPost,
  chooseInDrawer,
  setUpPageTest,
} from '../../../../testing/dose-http';
import { TEST_ELEMENT_LIST } from '../../../../testing/element-lists';
import { templateFactory } from '../../../../testing/template-factories';
import { DoseLogForm } from '../../doses/components/dose-log-form';
import { ManualTestForm } from '../../manual-tests/components/manual-test-form';
import { ProgramEditor } from '../../programs/components/program-editor';

describe('TemplateBar in the forms', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    ({ http } = setUpPageTest('2026-03-04T10:00:00Z'));
  });

  afterEach(() => http.verify());

  async function renderDoseForm() {
    const fixture = TestBed.createComponent(DoseLogForm);
    fixture.componentRef.setInput('tankId', 'tank-1');
    fixture.componentRef.setInput('startDate', '2026-03-04');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const values = (element: HTMLElement, selector: string) =>
    [...element.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector)].map(
      (field) => field.value,
    );

  it('loads nothing until the menu opens, then adds the dose template’s products, skipping ones in the form', async () => {
    const { fixture, element } = await renderDoseForm();
    http.expectNone('/api/user/template');

    // Magnesium is already in the form.
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'magnesium', name: 'Magnesium chloride' });
    await fixture.whenStable();
    typeInto(element, '#dose-row-1-amount', '5');

    buttonLabelled(element, 'Use a template').click();
    await fixture.whenStable();
    const sent = await answerPost('/user/template', {
      tankId: 'tank-1',
      templates: [
        templateFactory({
          elements: [
            { elementId: 'iodine', amount: 2, unit: 'g' },
            { elementId: 'magnesium', amount: 9, unit: 'ml' },
            { elementId: 'calcium' },
          ],
        }),
      ],
    });
    expect(sent).toEqual({ tankId: 'tank-1', type: 'DOSE' });
    await fixture.whenStable();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-template-first'));
    expect(element.querySelector('#dose-template-first')?.textContent).toContain('Weekly trace');

    buttonLabelled(element, 'Weekly trace').click();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await fixture.whenStable();

    await vi.waitFor(() => expect(values(element, 'input[id$="-amount"]')).toEqual(['5', '2', '']));
    expect(values(element, 'select[id$="-unit"]')).toEqual(['ml', 'g', 'ml']);
    expect(element.querySelector('#dose-row-3')?.textContent ?? '').toBe('');
    expect(element.textContent).toContain('Calcium chloride');
    expect(element.querySelector('#dose-template-status')?.textContent).toContain(
      'Added 2 elements from “Weekly trace”. 1 element was already in the form.',
    );
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-row-2-amount'));
  });

  it('saves the dose rows as a template, with the amounts given', async () => {
    const { fixture, element } = await renderDoseForm();
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'iodine' });
    await fixture.whenStable();
    typeInto(element, '#dose-row-1-amount', '1,5');
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'calcium' });
    await fixture.whenStable();

    buttonLabelled(element, 'Save as template').click();
    await fixture.whenStable();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('dose-template-name'));
    buttonLabelled(element, 'Save template').click();
    await fixture.whenStable();
    expect(element.querySelector('#dose-template-problem')?.textContent).toContain(
      'Give the template a name.',
    );

    typeInto(element, '#dose-template-name', 'Morning');
    buttonLabelled(element, 'Save template').click();
    const sent = await answerPost('/user/template/save', {
      template: templateFactory({ name: 'Morning' }),
    });
    expect(sent).toEqual({
      tankId: 'tank-1',
      type: 'DOSE',
      name: 'Morning',
      elements: [{ elementId: 'iodine', amount: 1.5, unit: 'ml' }, { elementId: 'calcium' }],
    });
    await vi.waitFor(() => expect(element.querySelector('#dose-template-name')).toBeNull());
    expect(element.querySelector('#dose-template-status')?.textContent).toContain(
      'Saved “Morning” as a template.',
    );
  });

  it('shows the API’s refusal next to the template name', async () => {
    const { fixture, element } = await renderDoseForm();
    buttonLabelled(element, 'Add a dose product').click();
    chooseInDrawer({ elementId: 'iodine' });
    await fixture.whenStable();
    buttonLabelled(element, 'Save as template').click();
    await fixture.whenStable();
    typeInto(element, '#dose-template-name', 'Morning');
    buttonLabelled(element, 'Save template').click();
    await answerPost(
      '/user/template/save',
      { message: 'A tank holds at most 50 DOSE templates', code: 'INVALID_REQUEST' },
      400,
    );
    await vi.waitFor(() =>
      expect(element.querySelector('#dose-template-problem')?.textContent).toContain(
        'A tank holds at most 50 DOSE templates',
      ),
    );
  });

  it('fills a manual test with a TEST template’s elements in the catalogue’s units', async () => {
    const fixture = TestBed.createComponent(ManualTestForm);
    fixture.componentRef.setInput('tankId', 'tank-1');
    fixture.componentRef.setInput('today', '2026-03-04');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    buttonLabelled(element, 'Use a template').click();
    const sent = await answerPost('/user/template', {
      tankId: 'tank-1',
      templates: [
        templateFactory({
          type: 'TEST',
          name: 'Basics',
          elements: [{ elementId: 'alkalinity' }, { elementId: 'calcium' }],
        }),
      ],
    });
    expect(sent).toEqual({ tankId: 'tank-1', type: 'TEST' });
    await fixture.whenStable();
    buttonLabelled(element, 'Basics').click();
    await answerPost('/test/elements/list', TEST_ELEMENT_LIST);
    await fixture.whenStable();

    await vi.waitFor(() =>
      expect(element.querySelector('#manual-row-1-unit')?.textContent).toBe('dKH'),
    );
    expect(element.querySelector('#manual-row-2-unit')?.textContent).toBe('mg/l');
    expect(element.querySelector('label[for="manual-row-2-value"]')?.textContent).toBe('Calcium');
  });

  it('gives a program its template’s amounts and dosing days, and saves program rows as one', async () => {
    const fixture = TestBed.createComponent(ProgramEditor);
    fixture.componentRef.setInput('tankId', 'tank-1');
    fixture.componentRef.setInput('today', '2026-03-04');
    fixture.componentRef.setInput('lookup', new Map());
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    buttonLabelled(element, 'Use a template').click();
    const sent = await answerPost('/user/template', {
      tankId: 'tank-1',
      templates: [
        templateFactory({
          type: 'PROGRAM',
          name: 'Trace',
          elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] }],
        }),
      ],
    });
    expect(sent).toEqual({ tankId: 'tank-1', type: 'PROGRAM' });
    await fixture.whenStable();
    buttonLabelled(element, 'Trace').click();
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await fixture.whenStable();

    await vi.waitFor(() => expect(values(element, '#program-row-1-amount')).toEqual(['2']));
    const pressed = [...element.querySelectorAll('[aria-pressed="true"]')].map((day) =>
      day.getAttribute('aria-label'),
    );
    expect(pressed).toEqual(['Monday', 'Thursday']);

    buttonLabelled(element, 'Save as template').click();
    await fixture.whenStable();
    typeInto(element, '#program-template-name', 'Trace copy');
    buttonLabelled(element, 'Save template').click();
    const saved = await answerPost('/user/template/save', {
      template: templateFactory({ type: 'PROGRAM', name: 'Trace copy' }),
    });
    expect(saved).toEqual({
      tankId: 'tank-1',
      type: 'PROGRAM',
      name: 'Trace copy',
      elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] }],
    });
  });
});
