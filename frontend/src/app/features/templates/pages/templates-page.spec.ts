import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import {
  DOSE_ELEMENT_LIST,
  answerPost,
  chooseInDrawer,
  setUpPageTest,
  textOf,
} from '../../../../testing/dose-http';
import { TEST_ELEMENT_LIST } from '../../../../testing/element-lists';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { templateFactory } from '../../../../testing/template-factories';
import { DrawerService } from '../../shell/services/drawer.service';
import { TemplatesPage } from './templates-page';

describe('TemplatesPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    ({ http } = setUpPageTest('2026-03-04T10:00:00Z'));
  });

  afterEach(() => http.verify());

  const basics = templateFactory({
    templateId: 'tpl-basics',
    type: 'TEST',
    name: 'Basics',
    elements: [{ elementId: 'alkalinity' }, { elementId: 'calcium' }],
  });

  async function render(templates = [basics]) {
    const fixture = TestBed.createComponent(TemplatesPage);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    const sent = await answerPost('/user/template', { tankId: 'tank-1', templates });
    await answerPost('/test/elements/list', TEST_ELEMENT_LIST);
    await answerPost('/dose/elements/list', DOSE_ELEMENT_LIST);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, sent };
  }

  const cards = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid="template"]')].map((card) =>
      [card.querySelector('h2'), card.querySelector('h2 + span'), ...card.querySelectorAll('ul li')]
        .map(textOf)
        .join(' | '),
    );

  it('lists the tank’s test templates with their elements, and a calm empty tab', async () => {
    const { fixture, element, sent } = await render();
    expect(sent).toEqual({ tankId: 'tank-1', type: 'TEST' });
    expect(cards(element)).toEqual(['Basics | 2 elements | Alkalinity | Calcium']);
    expect(element.querySelector('#template-type-TEST')?.getAttribute('aria-pressed')).toBe('true');

    element.querySelector<HTMLButtonElement>('#template-type-DOSE')!.click();
    await fixture.whenStable();
    expect(await answerPost('/user/template', { tankId: 'tank-1', templates: [] })).toEqual({
      tankId: 'tank-1',
      type: 'DOSE',
    });
    await fixture.whenStable();
    expect(textOf(element)).toContain('No dose log templates yet');
  });

  it('creates a program template from the dose catalogue, checking it first', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('#template-type-PROGRAM')!.click();
    await fixture.whenStable();
    await answerPost('/user/template', { tankId: 'tank-1', templates: [] });
    await fixture.whenStable();

    buttonLabelled(element, 'New program template').click();
    await fixture.whenStable();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('template-name'));
    submitForm(element);
    await fixture.whenStable();
    expect(textOf(element.querySelector('#template-name-error'))).toBe('Give the template a name.');
    expect(textOf(element.querySelector('#template-row-add-error'))).toBe(
      'Add at least one element.',
    );

    buttonLabelled(element, 'Add a dose product').click();
    expect(TestBed.inject(DrawerService).content()?.inputs?.['kind']).toBe('dose');
    chooseInDrawer({ elementId: 'iodine', name: 'Iodine' });
    await fixture.whenStable();
    typeInto(element, '#template-name', 'Trace');
    submitForm(element);
    await fixture.whenStable();
    expect(textOf(element.querySelector('#template-row-1-amount-error'))).toBe('Enter an amount.');

    typeInto(element, '#template-row-1-amount', '2');
    element.querySelector<HTMLButtonElement>('[aria-label="Sunday"]')!.click();
    await fixture.whenStable();
    submitForm(element);
    const stored = templateFactory({
      templateId: 'tpl-9',
      type: 'PROGRAM',
      name: 'Trace',
      elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 2, 3, 4, 5, 6] }],
    });
    expect(await answerPost('/user/template/save', { template: stored })).toEqual({
      tankId: 'tank-1',
      type: 'PROGRAM',
      name: 'Trace',
      elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 2, 3, 4, 5, 6] }],
    });
    await vi.waitFor(() => expect(element.querySelector('ram-template-form')).toBeNull());
    expect(cards(element)).toEqual([
      'Trace | 1 element | Iodine: 2 ml on Mon, Tue, Wed, Thu, Fri, Sat',
    ]);
    expect(textOf(element.querySelector('#templates-done'))).toBe('Saved “Trace”.');
  });

  it('edits a template and shows the API’s refusal in the form', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('#edit-template-tpl-basics')!.click();
    await fixture.whenStable();
    expect(element.querySelector<HTMLInputElement>('#template-name')?.value).toBe('Basics');
    buttonLabelled(element, 'Remove').click();
    await fixture.whenStable();
    submitForm(element);
    const sent = await answerPost(
      '/user/template/save',
      { message: 'The template was changed meanwhile', code: 'CONFLICT' },
      409,
    );
    expect(sent).toEqual({
      tankId: 'tank-1',
      templateId: 'tpl-basics',
      type: 'TEST',
      name: 'Basics',
      elements: [{ elementId: 'calcium' }],
    });
    await vi.waitFor(() =>
      expect(textOf(element.querySelector('#template-refusal'))).toBe(
        'The template was changed meanwhile',
      ),
    );
  });

  it('deletes a template after asking', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('[aria-label="Delete Basics"]')!.click();
    await fixture.whenStable();
    expect(textOf(element)).toContain('Delete the template “Basics”?');
    buttonLabelled(element.querySelector('[data-testid="template"]')!, 'Delete').click();
    expect(
      await answerPost('/user/template/delete', { templateId: 'tpl-basics', deleted: true }),
    ).toEqual({
      tankId: 'tank-1',
      templateId: 'tpl-basics',
    });
    await vi.waitFor(() => expect(cards(element)).toEqual([]));
    expect(textOf(element.querySelector('#templates-done'))).toBe('Deleted “Basics”.');
  });
});
