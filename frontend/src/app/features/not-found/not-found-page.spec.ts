import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { NotFoundPage } from './not-found-page';

describe('NotFoundPage', () => {
  async function render(inApp: boolean, url: string) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    vi.spyOn(TestBed.inject(Router), 'url', 'get').mockReturnValue(url);
    const fixture = TestBed.createComponent(NotFoundPage);
    fixture.componentRef.setInput('inApp', inApp);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const links = [...element.querySelectorAll('a')].map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    return { element, links };
  }

  it('inside the app names the address and leads back to home, tests and reviews', async () => {
    const { element, links } = await render(true, '/app/anything');

    expect(element.querySelector('h1')?.textContent).toContain('There is no page here');
    expect(element.querySelector('code')?.textContent).toBe('/app/anything');
    expect(links).toEqual([
      ['Go to your home page', '/app'],
      ['All tests', '/app/tests'],
      ['Reef Review', '/app/reef-review'],
    ]);
  });

  it('outside the app is a page of its own with the start page and sign-in', async () => {
    const { links } = await render(false, '/pricing-old');

    expect(links.map(([label]) => label)).toEqual([
      'Reef-A-Matic',
      'Go to the start page',
      'Sign in',
    ]);
    expect(links.slice(1).map(([, href]) => href)).toEqual(['/', '/sign-in']);
  });
});
