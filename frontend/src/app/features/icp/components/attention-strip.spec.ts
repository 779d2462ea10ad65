import { TestBed } from '@angular/core/testing';
import { elementResultFactory } from '../../../../testing/icp-factories';
import { ElementResult } from '../../../shared/tests/test-result';
import { AttentionStrip } from './attention-strip';

describe('AttentionStrip', () => {
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function render(elements: readonly ElementResult[]) {
    const fixture = TestBed.createComponent(AttentionStrip);
    fixture.componentRef.setInput('elements', elements);
    const picked: string[] = [];
    fixture.componentInstance.picked.subscribe((id) => picked.push(id));
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, picked };
  }

  it('names nothing when every reading is in range, and says so', async () => {
    const { element } = await render([
      elementResultFactory(),
      elementResultFactory({ elementId: 'mg' }),
    ]);

    expect(text(element.querySelector('[data-testid="status-counts"]'))).toBe('2 in range');
    expect(element.querySelector('[data-testid="attention-elements"]')).toBeNull();
    expect(element.querySelector('[data-testid="watch-elements"]')).toBeNull();
    expect(text(element.querySelector('[data-testid="attention-summary"]'))).toBe(
      'Every measured element is within its target range.',
    );
  });

  it('names a critical reading before a low one and tells the page which was picked', async () => {
    const { element, picked } = await render([
      elementResultFactory({
        elementId: 'iodine',
        name: 'Iodine',
        category: 'trace',
        status: 'LOW',
        value: 40,
        unit: 'µg/l',
      }),
      elementResultFactory({
        elementId: 'copper',
        name: 'Copper',
        category: 'pollutant',
        status: 'CRITICAL',
        value: 25,
        unit: 'µg/l',
      }),
      elementResultFactory({ elementId: 'copper-ro', name: 'Copper (RO)', status: 'RO', value: 3 }),
    ]);

    const buttons = [
      ...element.querySelectorAll<HTMLButtonElement>('[data-testid="attention-elements"] button'),
    ];
    expect(buttons.map((button) => text(button))).toEqual([
      '! Critical Copper 25 µg/l',
      '↓ Low Iodine 40 µg/l',
    ]);
    // RO water is never counted with the tank's readings.
    expect(text(element.querySelector('[data-testid="status-counts"]'))).toBe('1 critical 1 low');
    buttons[1].click();
    expect(picked).toEqual(['iodine']);
  });
});
