import { HttpTestingController } from '@angular/common/http/testing';
import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { buttonLabelled } from '../../../../testing/dom';
import { FakeWebSocketServer } from '../../../../testing/fake-web-socket';
import { profileFactory } from '../../../../testing/factories';
import { provideTestHttp } from '../../../../testing/providers';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { AuthSession } from '../../../core/identity/auth-session';
import { WEB_SOCKET_FACTORY } from '../../realtime/services/web-socket-factory';
import { DrawerService } from '../services/drawer.service';
import { AppShell } from './app-shell';

@Component({ template: `<p data-testid="drawer-body">Calcium detail for {{ element() }}</p>` })
class ElementDetail {
  readonly element = input.required<string>();
}

describe('AppShell', () => {
  let http: HttpTestingController;

  let sockets: FakeWebSocketServer;

  beforeEach(async () => {
    localStorage.clear();
    sockets = new FakeWebSocketServer();
    TestBed.configureTestingModule({
      imports: [AppShell],
      providers: [...provideTestHttp(), { provide: WEB_SOCKET_FACTORY, useValue: sockets.factory }],
    });
    // The upload dialog is a deferred block, loaded on first use: its metadata resolves here.
    await TestBed.compileComponents();
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(AuthSession).signIn('keeper@example.com', 'correct-horse-1');
  });

  afterEach(() => http.verify());

  async function renderWithProfile() {
    const fixture = TestBed.createComponent(AppShell);
    await fixture.whenStable();
    (await vi.waitFor(() => http.expectOne('/api/user'))).flush(profileFactory());
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  async function answerLists(status: number, body: object) {
    for (const kind of ['test', 'dose', 'program']) {
      const request = await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`));
      expect(request.request.body).toEqual({ tankId: 'tank-1' });
      request.flush(body, { status, statusText: String(status) });
    }
  }

  it('loads the profile and shows loading sections until the lists answer', async () => {
    const { element } = await renderWithProfile();

    expect(element.querySelector('#tank-switcher')).not.toBeNull();
    expect(element.textContent).toContain('Loading tests…');
    await answerLists(200, { items: [] });
  });

  it('shows quiet "not available yet" sections, and no banner, when the lists have not shipped', async () => {
    const { fixture, element } = await renderWithProfile();

    await answerLists(404, { message: 'Not found' });
    await fixture.whenStable();

    expect(element.textContent).toContain('Tests are not available yet.');
    expect(element.textContent).toContain('Doses are not available yet.');
    expect(element.textContent).toContain('Programs are not available yet.');
    expect(element.querySelector('ram-error-banner')).toBeNull();
  });

  it('shows a failed call on a dismissible banner with its support reference', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { items: [] });

    TestBed.inject(ErrorBannerService).report({
      message: 'Something went wrong on our side.',
      referenceId: 'REF-7Q2K',
      status: 500,
    });
    await fixture.whenStable();
    expect(element.querySelector('ram-error-banner')?.textContent).toContain('REF-7Q2K');

    element.querySelector<HTMLButtonElement>('button[aria-label="Dismiss error"]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('ram-error-banner')).toBeNull();
  });

  it('connects for live updates and says so once the connection is open', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { items: [] });
    const status = () =>
      [...element.querySelectorAll<HTMLElement>('[data-testid="connection-status"]')].map(
        (dot) => dot.dataset['status'],
      );
    expect(status()).toEqual(['connecting', 'connecting']);

    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(1));
    sockets.latest.open();
    await fixture.whenStable();

    expect(status()).toEqual(['live', 'live']);
  });

  it('shows a pushed test in the Tests section without reloading the list', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { tests: [] });
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(1));
    sockets.latest.open();

    sockets.latest.receive({
      type: 'TEST',
      op: 'upsert',
      tankId: 'tank-1',
      item: { id: 'icp-1', date: '2026-03-01', status: 'PROCESSING', label: 'ICP OCEAMO' },
    });
    await fixture.whenStable();

    const tests = element.querySelector('#history-tests')?.closest('section');
    expect(tests?.textContent).toContain('ICP Oceamo');
    expect(tests?.querySelector('a[data-testid="history-entry"]')?.getAttribute('href')).toBe(
      '/app/tests/icp/icp-1',
    );
  });

  it('links every keeper page: home, reviews, tests, doses, targets, templates, profile', async () => {
    const { element } = await renderWithProfile();
    await answerLists(200, { items: [] });

    const links = [...element.querySelectorAll('nav[aria-label="Main"] ul a')].map((link) => [
      link.textContent?.trim(),
      link.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Home', '/app'],
      ['Reef Review', '/app/reef-review'],
      ['Tests', '/app/tests'],
      ['Doses', '/app/doses'],
      ['Targets', '/app/targets'],
      ['Templates', '/app/templates'],
      ['Profile', '/app/profile'],
    ]);
  });

  it('opens the ICP upload dialog from the rail, and gives focus back when it closes', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { items: [] });
    const upload = element.querySelector<HTMLButtonElement>('#rail-upload')!;
    upload.focus();

    upload.click();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(element.querySelector('[role="dialog"]')?.textContent).toContain('Upload ICP reports');
    });
    expect(element.querySelector<HTMLSelectElement>('#upload-lab')?.value).toBe('OCEAMO');

    element.querySelector<HTMLButtonElement>('button[aria-label="Close upload"]')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(upload);
  });

  it('opens pages’ detail in the right drawer and closes it on Escape', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { items: [] });

    TestBed.inject(DrawerService).open({
      title: 'Calcium',
      component: ElementDetail,
      inputs: { element: 'Ca' },
    });
    await fixture.whenStable();
    expect(element.querySelector('#drawer-title')?.textContent?.trim()).toBe('Calcium');
    expect(element.querySelector('[data-testid="drawer-body"]')?.textContent).toBe(
      'Calcium detail for Ca',
    );
    expect(document.activeElement?.id).toBe('drawer-title');

    element
      .querySelector('ram-right-drawer')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(element.querySelector('ram-right-drawer')).toBeNull();
  });

  it('opens the rail over the page on small screens, moves focus in, and back out on close', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { items: [] });
    const toggle = element.querySelector<HTMLButtonElement>('#nav-toggle')!;

    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('nav-close'));

    element.querySelector<HTMLButtonElement>('#nav-close')!.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await vi.waitFor(() => expect(document.activeElement).toBe(toggle));
  });

  it('signs out from the profile menu, closes the live connection and returns to sign-in', async () => {
    const { fixture, element } = await renderWithProfile();
    await answerLists(200, { items: [] });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(1));

    element.querySelector<HTMLButtonElement>('button[aria-controls="profile-menu"]')!.click();
    await fixture.whenStable();
    buttonLabelled(element, 'Sign out').click();

    expect(TestBed.inject(AuthSession).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in']);
    fixture.destroy();
    expect(sockets.latest.closedWith).toBe(1000);
  });
});
