import { TestBed } from '@angular/core/testing';
import { ErrorBanner } from './error-banner';

describe('ErrorBanner', () => {
  async function render(problem: { message: string; status: number; referenceId?: string }) {
    const fixture = TestBed.createComponent(ErrorBanner);
    fixture.componentRef.setInput('problem', problem);
    await fixture.whenStable();
    return fixture;
  }

  it('shows the message and the support reference as an alert', async () => {
    const fixture = await render({
      message: 'Something went wrong on our side.',
      status: 500,
      referenceId: 'REF-7Q2K',
    });
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Something went wrong on our side.',
    );
    expect(element.querySelector('[data-testid="reference-id"]')?.textContent).toBe('REF-7Q2K');
  });

  it('leaves out the reference line when the API gave none', async () => {
    const fixture = await render({ message: 'Too many requests just now.', status: 429 });

    expect(fixture.nativeElement.textContent).not.toContain('Support reference');
  });

  it('asks to be dismissed from its close button', async () => {
    const fixture = await render({ message: 'Failure', status: 500 });
    const dismissed = vi.fn();
    fixture.componentInstance.dismissed.subscribe(dismissed);

    (
      fixture.nativeElement.querySelector('button[aria-label="Dismiss error"]') as HTMLButtonElement
    ).click();

    expect(dismissed).toHaveBeenCalledTimes(1);
  });
});
