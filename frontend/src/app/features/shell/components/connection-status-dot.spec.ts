import { TestBed } from '@angular/core/testing';
import { ConnectionStatus } from '../../realtime/services/web-socket-manager';
import { ConnectionStatusDot } from './connection-status-dot';

describe('ConnectionStatusDot', () => {
  async function render(status: ConnectionStatus, showLabel = true) {
    const fixture = TestBed.createComponent(ConnectionStatusDot);
    fixture.componentRef.setInput('status', status);
    fixture.componentRef.setInput('showLabel', showLabel);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return {
      element,
      label: element.querySelector<HTMLElement>('[data-testid="connection-label"]')!,
    };
  }

  it.each([
    ['live', 'Live updates on'],
    ['connecting', 'Connecting to live updates…'],
    ['offline', 'Live updates offline, retrying'],
  ] as const)('says %s in words', async (status, words) => {
    const { element, label } = await render(status);

    expect(label.textContent).toBe(words);
    expect(element.dataset['status']).toBe(status);
  });

  it('keeps the label for screen readers when shown as a bare dot', async () => {
    const { label } = await render('live', false);

    expect(label.classList).toContain('sr-only');
    expect(label.textContent).toBe('Live updates on');
  });
});
