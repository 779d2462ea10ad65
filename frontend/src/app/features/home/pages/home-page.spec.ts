import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled } from '../../../../testing/dom';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { CLOCK } from '../../../core/identity/clock';
import { DrawerService } from '../../shell/services/drawer.service';
import { TankDetailsPanel } from '../components/tank-details-panel';
import { HomePage } from './home-page';

describe('HomePage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideTestHttp(),
        { provide: CLOCK, useValue: () => new Date(2026, 2, 1, 8, 30).getTime() },
      ],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function render() {
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows a loading state until the tanks arrive', async () => {
    const { element } = await render();
    TestBed.inject(HttpTestingController).match('/api/user');

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading your tanks');
  });

  it('greets the keeper by name and summarises the selected tank', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Good morning, Robin');
    expect(element.querySelector('#tank-summary-heading')?.textContent?.trim()).toBe(
      'Mixed reef 300',
    );
    expect(element.textContent).toContain('300 L');
    expect(element.textContent).toContain('Custom mix');
  });

  it('says plainly when the account has no tank', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory({ tanks: [] }));
    await fixture.whenStable();

    expect(element.textContent).toContain('No tank yet');
  });

  it('invites the first ICP upload but keeps the action disabled until upload ships', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await fixture.whenStable();

    const upload = buttonLabelled(element, 'Upload ICP report');
    expect(element.textContent).toContain('Upload your first ICP report');
    expect(upload.getAttribute('aria-disabled')).toBe('true');
    expect(
      element.querySelector(`#${upload.getAttribute('aria-describedby')}`)?.textContent,
    ).toContain('arrives in the next release');
  });

  it('opens the tank’s details in the side drawer', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await fixture.whenStable();

    buttonLabelled(element, 'Tank details').click();

    expect(TestBed.inject(DrawerService).content()).toMatchObject({
      title: 'Mixed reef 300',
      component: TankDetailsPanel,
    });
  });
});
