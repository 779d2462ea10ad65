import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BottomNav } from './bottom-nav';

describe('BottomNav', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(BottomNav);
    let more = 0;
    fixture.componentInstance.moreRequested.subscribe(() => more++);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, more: () => more };
  }

  it('offers Home, Tests, Log, Reviews and More, each a tall target', async () => {
    const { element } = await render();
    const items = [...element.querySelectorAll('nav[aria-label="Quick"] > ul > li > *')];

    expect(items.map((item) => item.textContent?.trim())).toEqual([
      'Home',
      'Tests',
      'Log',
      'Reviews',
      'More',
    ]);
    expect(items.every((item) => item.classList.contains('min-h-14'))).toBe(true);
    expect([...element.querySelectorAll('nav > ul a')].map((a) => a.getAttribute('href'))).toEqual([
      '/app',
      '/app/tests',
      '/app/reef-review',
    ]);
  });

  it('opens the Log menu with a manual test and doses, and closes it again', async () => {
    const { fixture, element } = await render();
    const log = element.querySelector<HTMLButtonElement>('[data-testid="quick-log"]')!;
    expect(log.getAttribute('aria-expanded')).toBe('false');

    log.click();
    await fixture.whenStable();
    const menu = element.querySelector('#quick-log-menu')!;
    expect(log.getAttribute('aria-expanded')).toBe('true');
    expect(
      [...menu.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]),
    ).toEqual([
      ['Log a manual test', '/app/tests/manual/new'],
      ['Log doses', '/app/doses#log-doses'],
    ]);

    document.body.click();
    await fixture.whenStable();
    expect(element.querySelector('#quick-log-menu')).toBeNull();
  });

  it('asks the shell for the whole navigation on More', async () => {
    const { element, more } = await render();
    element.querySelector<HTMLButtonElement>('[data-testid="quick-more"]')!.click();

    expect(more()).toBe(1);
  });
});
