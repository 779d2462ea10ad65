import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, typeInto } from '../../../../testing/dom';
import { TEST_ELEMENT_LIST } from '../../../../testing/element-lists';
import { provideTestHttp } from '../../../../testing/providers';
import { ElementKind, PickableElement } from '../services/element-catalogue';
import { ElementPicker } from './element-picker';

describe('ElementPicker', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(
    inputs: {
      kind?: ElementKind;
      chosenIds?: string[];
      browseOnly?: boolean;
      focusSearch?: boolean;
    } = {},
    answer: { body: object; status?: number } = { body: TEST_ELEMENT_LIST },
  ) {
    const chosen = vi.fn<(element: PickableElement) => void>();
    const fixture = TestBed.createComponent(ElementPicker);
    fixture.componentRef.setInput('kind', inputs.kind ?? 'test');
    fixture.componentRef.setInput('tankId', 'tank-1');
    fixture.componentRef.setInput('chosenIds', inputs.chosenIds ?? []);
    fixture.componentRef.setInput('browseOnly', inputs.browseOnly ?? false);
    fixture.componentRef.setInput('focusSearch', inputs.focusSearch ?? false);
    fixture.componentRef.setInput('choose', chosen);
    await fixture.whenStable();
    const request = await vi.waitFor(() =>
      http.expectOne(`/api/${inputs.kind ?? 'test'}/elements/list`),
    );
    expect(request.request.body).toEqual({ tankId: 'tank-1' });
    request.flush(answer.body, { status: answer.status ?? 200, statusText: 'x' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const groups = () =>
      [...element.querySelectorAll('section')].map((section) => [
        section.getAttribute('aria-label'),
        [...section.querySelectorAll('[data-element] .font-medium')].map(
          (name) => name.textContent,
        ),
      ]);
    return { fixture, element, chosen, groups };
  }

  it('lists the tank’s tests grouped by kind, with where they come from', async () => {
    const { element, groups } = await render();

    expect(element.querySelector('[data-testid="catalogue-source"]')?.textContent).toBe(
      'Hobby tests and the Oceamo ICP panel',
    );
    expect(groups()).toEqual([
      ['Basics', ['Alkalinity']],
      ['Major elements', ['Calcium', 'Magnesium']],
      ['Trace elements', ['Iodine', 'Manganese']],
      ['Pollutants', ['Tin']],
    ]);
  });

  it('narrows the list as the keeper types and says how many match', async () => {
    const { fixture, element, groups } = await render();

    typeInto(element, '#element-search', 'mg');
    await fixture.whenStable();

    expect(groups()).toEqual([['Major elements', ['Magnesium']]]);
    expect(element.querySelector('#element-count')?.textContent).toBe('1 match');
  });

  it('says so when nothing matches', async () => {
    const { fixture, element } = await render();

    typeInto(element, '#element-search', 'unobtainium');
    await fixture.whenStable();

    expect(element.textContent).toContain('Nothing matches “unobtainium”');
  });

  it('hands the picked element over, and does not offer one already added', async () => {
    const { element, chosen } = await render({ chosenIds: ['calcium'] });

    const calcium = buttonLabelled(element, 'Calcium');
    expect(calcium.disabled).toBe(true);
    expect(calcium.textContent).toContain('Added');
    buttonLabelled(element, 'Iodine').click();

    expect(chosen).toHaveBeenCalledWith(
      expect.objectContaining({ elementId: 'iodine', unit: 'µg/l' }),
    );
  });

  it('takes the first match on Enter and moves between rows with the arrow keys', async () => {
    const { fixture, element, chosen } = await render({ chosenIds: ['alkalinity'] });
    const search = element.querySelector<HTMLInputElement>('#element-search')!;

    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement?.textContent).toContain('Calcium');
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
    );
    expect(document.activeElement?.textContent).toContain('Magnesium');
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }),
    );
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }),
    );
    expect(document.activeElement).toBe(search);

    typeInto(element, '#element-search', 'io');
    await fixture.whenStable();
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(chosen).toHaveBeenCalledWith(expect.objectContaining({ elementId: 'iodine' }));
  });

  it('focuses the search box once the list is there, when asked to', async () => {
    await render({ focusSearch: true });

    expect(document.activeElement?.id).toBe('element-search');
  });

  it('only lists, without buttons, when it is for browsing', async () => {
    const { element } = await render({ browseOnly: true });

    expect(element.querySelectorAll('[data-element]')).toHaveLength(6);
    expect(element.querySelector('button[data-element]')).toBeNull();
  });

  it('groups dose products by what they dose', async () => {
    const { groups } = await render(
      { kind: 'dose' },
      {
        body: {
          method: 'TRITON',
          elements: [
            {
              elementId: 'core7-2',
              name: 'Core7 Base Elements 2',
              canonical: 'Calcium',
              unit: 'ml',
            },
            { elementId: 'iron', name: 'Iron', canonical: 'Iron', unit: 'ml' },
          ],
        },
      },
    );

    expect(groups()).toEqual([
      ['Base elements', ['Core7 Base Elements 2']],
      ['Single elements', ['Iron']],
    ]);
  });

  it('offers to try again when the list could not be loaded', async () => {
    const { fixture, element, groups } = await render(
      {},
      { body: { message: 'down' }, status: 503 },
    );

    expect(element.textContent).toContain('The element list could not be loaded');
    buttonLabelled(element, 'Try again').click();
    await fixture.whenStable();
    (await vi.waitFor(() => http.expectOne('/api/test/elements/list'))).flush(TEST_ELEMENT_LIST);
    await fixture.whenStable();

    expect(groups()).toHaveLength(4);
  });
});
