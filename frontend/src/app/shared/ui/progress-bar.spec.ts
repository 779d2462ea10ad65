import { TestBed } from '@angular/core/testing';
import { ProgressBar } from './progress-bar';

describe('ProgressBar', () => {
  async function render(inputs: Record<string, unknown>) {
    const fixture = TestBed.createComponent(ProgressBar);
    for (const [name, value] of Object.entries({ label: 'Calcium dosed', ...inputs })) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    return { host, fill: host.querySelector('div') as HTMLElement };
  }

  it('is read out as a progress bar with its label, counts and words', async () => {
    const { host } = await render({ value: 1, max: 3, valueText: '1 of 3 days' });

    expect(host.getAttribute('role')).toBe('progressbar');
    expect(host.getAttribute('aria-label')).toBe('Calcium dosed');
    expect(host.getAttribute('aria-valuemin')).toBe('0');
    expect(host.getAttribute('aria-valuenow')).toBe('1');
    expect(host.getAttribute('aria-valuemax')).toBe('3');
    expect(host.getAttribute('aria-valuetext')).toBe('1 of 3 days');
  });

  it('fills in proportion, never beyond full, and full with nothing to count once complete', async () => {
    expect((await render({ value: 1, max: 4 })).fill.style.width).toBe('25%');
    expect((await render({ value: 4, max: 3 })).fill.style.width).toBe('100%');
    expect((await render({ value: 0, max: 0 })).fill.style.width).toBe('0%');
    expect((await render({ value: 0, max: 0, complete: true })).fill.style.width).toBe('100%');
  });

  it('is thin by default and thick when asked, keeping the classes it is given', async () => {
    const { host } = await render({ value: 1 });
    expect(host.classList).toContain('h-1.5');

    const fixture = TestBed.createComponent(ProgressBar);
    fixture.componentRef.setInput('label', 'Upload');
    fixture.componentRef.setInput('value', 1);
    fixture.componentRef.setInput('size', 'thick');
    await fixture.whenStable();
    const thick = fixture.nativeElement as HTMLElement;
    expect(thick.classList).toContain('h-2.5');
    expect(thick.classList).not.toContain('h-1.5');
    expect(thick.classList).toContain('rounded-full');
  });
});
