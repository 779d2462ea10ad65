import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled } from '../../../../testing/dom';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { reviewSummaryFactory } from '../../../../testing/review-factories';
import { answerReviews } from '../../../../testing/review-requests';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { CLOCK } from '../../../core/identity/clock';
import { DrawerService } from '../../shell/services/drawer.service';
import { TankDetailsPanel } from '../components/tank-details-panel';
import { HistoryLists } from '../../history/services/history-lists';
import { UploadDialogService } from '../../upload/services/upload-dialog.service';
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

  const noOpenReviews = { open: 0, bySeverity: { CRITICAL: 0, WARNING: 0, INFO: 0, OK: 0 } };
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows a loading state until the tanks arrive', async () => {
    const { element } = await render();
    TestBed.inject(HttpTestingController).match('/api/user');

    expect(element.querySelector('[role="status"]')?.textContent).toContain('Loading your tanks');
  });

  it('greets the keeper by name and summarises the selected tank', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await answerReviews('SUMMARY', noOpenReviews);
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

  it('invites the first ICP upload only once the tank has no tests, and opens the upload dialog', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await answerReviews('SUMMARY', noOpenReviews);
    await fixture.whenStable();
    expect(element.textContent).not.toContain('Upload your first ICP report');

    const tankId = profileFactory().tanks[0].tankId;
    TestBed.inject(HistoryLists).show({ status: 'chosen', tankId });
    const http = TestBed.inject(HttpTestingController);
    for (const kind of ['test', 'dose', 'program']) {
      const request = await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`));
      request.flush(kind === 'test' ? { tests: [] } : kind === 'dose' ? { days: [] } : { programs: [] });
    }
    await fixture.whenStable();

    expect(element.textContent).toContain('Upload your first ICP report');
    buttonLabelled(element, 'Upload ICP report').click();
    expect(TestBed.inject(UploadDialogService).isOpen()).toBe(true);
  });

  it('opens the tank’s details in the side drawer', async () => {
    const { fixture, element } = await render();
    await loadProfile(profileFactory());
    await answerReviews('SUMMARY', noOpenReviews);
    await fixture.whenStable();

    buttonLabelled(element, 'Tank details').click();

    expect(TestBed.inject(DrawerService).content()).toMatchObject({
      title: 'Mixed reef 300',
      component: TankDetailsPanel,
    });
  });

  describe('Reef Review card', () => {
    it('asks for the summary of the tank shown, once the page has a tank, and not before', async () => {
      const { fixture } = await render();
      expect(TestBed.inject(HttpTestingController).match('/api/user/reef-reviews')).toHaveLength(0);

      await loadProfile(profileFactory());
      const sent = await answerReviews('SUMMARY', noOpenReviews);
      await fixture.whenStable();

      expect(sent).toEqual({ action: 'SUMMARY', tankId: 'tank-1' });
    });

    it('shows a loading state, then the open count, the severities and the review to start with', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await fixture.whenStable();
      const card = () => element.querySelector('ram-reef-review-card');

      expect(text(card()?.querySelector('[role="status"]'))).toBe('Loading your reviews…');

      await answerReviews('SUMMARY', reviewSummaryFactory());
      await fixture.whenStable();

      expect(text(card()?.querySelector('[data-testid="open-count"]'))).toBe('3 open reviews');
      expect(
        [...(card()?.querySelectorAll('ul[aria-label="Open reviews by severity"] li') ?? [])].map(
          text,
        ),
      ).toEqual(['Critical 1', 'Warning 2']);
      const top = card()?.querySelector<HTMLAnchorElement>('[data-testid="top-review"]');
      expect(text(top)).toContain('Copper above the safety limit');
      expect(top?.getAttribute('href')).toBe('/app/reef-review/review-1');
    });

    it('says so when no review is open', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await answerReviews('SUMMARY', noOpenReviews);
      await fixture.whenStable();

      expect(text(element.querySelector('ram-reef-review-card'))).toContain('No open reviews');
    });

    it('stays quiet while this deployment does not serve reviews yet', async () => {
      const { fixture, element } = await render();
      await loadProfile(profileFactory());
      await answerReviews('SUMMARY', { message: 'No route' }, 404);
      await fixture.whenStable();

      expect(text(element.querySelector('ram-reef-review-card'))).toContain(
        'Reef Review is not available yet.',
      );
      expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
    });
  });
});
