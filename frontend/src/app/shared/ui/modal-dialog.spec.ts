import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ModalDialog } from './modal-dialog';

@Component({
  imports: [ModalDialog],
  template: `
    <button id="opener" type="button" (click)="open.set(true)">Open</button>
    <!-- eslint-disable-next-line @angular-eslint/template/interactive-supports-focus -- the test host only counts Escape presses that bubble past the dialog -->
    <div (keydown.escape)="outerEscapes = outerEscapes + 1">
      @if (open()) {
        <ram-modal-dialog heading="Upload ICP reports" (closed)="open.set(false)">
          <button id="inside" type="button">Inside</button>
          <div dialogFooter><button id="last" type="button">Last</button></div>
        </ram-modal-dialog>
      }
    </div>
  `,
})
class Host {
  readonly open = signal(false);
  outerEscapes = 0;
}

describe('ModalDialog', () => {
  async function opened() {
    const fixture = TestBed.createComponent(Host);
    const element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    await fixture.whenStable();
    const opener = element.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    opener.click();
    await fixture.whenStable();
    return { fixture, element, opener };
  }

  const tab = (target: Element, shiftKey = false) => {
    const event = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey,
      bubbles: true,
      cancelable: true,
    });
    target.dispatchEvent(event);
    return event;
  };

  it('is a labelled modal dialog that takes focus on its heading', async () => {
    const { element } = await opened();
    const dialog = element.querySelector('[role="dialog"]')!;

    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent?.trim()).toBe('Upload ICP reports');
    expect(document.activeElement).toBe(title);
  });

  it('keeps Tab inside, footer included', async () => {
    const { element } = await opened();
    const last = element.querySelector<HTMLButtonElement>('#last')!;
    const close = element.querySelector<HTMLButtonElement>('button[aria-label="Close dialog"]')!;

    last.focus();
    expect(tab(last).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(close);
    expect(tab(close, true).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
  });

  it('closes on Escape without the page around it also reacting, and gives focus back', async () => {
    const { fixture, element, opener } = await opened();

    element
      .querySelector('[role="dialog"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();

    expect(element.querySelector('[role="dialog"]')).toBeNull();
    expect(fixture.componentInstance.outerEscapes).toBe(0);
    expect(document.activeElement).toBe(opener);
    element.remove();
  });

  it('closes from the backdrop', async () => {
    const { fixture, element } = await opened();

    element.querySelector<HTMLElement>('[data-testid="dialog-backdrop"]')!.click();
    await fixture.whenStable();

    expect(element.querySelector('[role="dialog"]')).toBeNull();
    element.remove();
  });
});
