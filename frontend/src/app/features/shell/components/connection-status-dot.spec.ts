import { TestBed } from '@angular/core/testing';
import { ConnectionStatusDot } from './connection-status-dot';

describe('ConnectionStatusDot', () => {
  it('says live updates are coming while there is no connection to report on', async () => {
    const fixture = TestBed.createComponent(ConnectionStatusDot);
    fixture.componentRef.setInput('status', 'not-available');
    await fixture.whenStable();

    expect(
      fixture.nativeElement.querySelector('[data-testid="connection-label"]').textContent,
    ).toBe('Live updates coming soon');
  });

  it('keeps the label for screen readers when shown as a bare dot', async () => {
    const fixture = TestBed.createComponent(ConnectionStatusDot);
    fixture.componentRef.setInput('status', 'live');
    fixture.componentRef.setInput('showLabel', false);
    await fixture.whenStable();

    const label: HTMLElement = fixture.nativeElement.querySelector(
      '[data-testid="connection-label"]',
    );
    expect(label.classList).toContain('sr-only');
    expect(label.textContent).toBe('Live updates on');
  });
});
