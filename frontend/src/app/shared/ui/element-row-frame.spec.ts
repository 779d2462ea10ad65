import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ElementRowFrame } from './element-row-frame';

@Component({
  imports: [ElementRowFrame],
  template: `
    <fieldset ramElementRow data-element="ca" [rowName]="name()" (removed)="removed.set(true)">
      <input id="row-amount" />
    </fieldset>
  `,
})
class Host {
  readonly name = signal('Calcium');
  readonly removed = signal(false);
}

describe('ElementRowFrame', () => {
  it('names the fieldset, keeps the projected fields, and asks to remove the row', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const fieldset = (fixture.nativeElement as HTMLElement).querySelector(
      'fieldset[data-element="ca"]',
    )!;

    expect(fieldset.firstElementChild?.tagName).toBe('LEGEND');
    expect(fieldset.querySelector('legend')?.textContent?.trim()).toBe('Calcium');
    expect(fieldset.querySelector('#row-amount')).not.toBeNull();
    const remove = fieldset.querySelector<HTMLButtonElement>(
      'button[aria-label="Remove Calcium"]',
    )!;
    expect(remove.textContent?.trim()).toBe('Remove');

    remove.click();
    expect(fixture.componentInstance.removed()).toBe(true);
  });
});
