import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { reviewListItemFactory } from '../../../../testing/review-factories';
import { answerReviews } from '../../../../testing/review-requests';
import { ReviewCommandCenterPage } from './review-command-center-page';

describe('ReviewCommandCenterPage', () => {
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function render(view?: string) {
    const fixture = TestBed.createComponent(ReviewCommandCenterPage);
    if (view) fixture.componentRef.setInput('view', view);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('opens the most urgent open review in place of itself', async () => {
    await render();

    const sent = await answerReviews('LIST', {
      reviews: [
        reviewListItemFactory({ reviewId: 'review-critical', severity: 'CRITICAL' }),
        reviewListItemFactory({ reviewId: 'review-info', severity: 'INFO' }),
      ],
    });

    expect(sent).toEqual({ action: 'LIST', tankId: 'tank-1', state: 'OPEN' });
    expect(navigate).toHaveBeenCalledWith(['/app/reef-review', 'review-critical'], {
      replaceUrl: true,
    });
  });

  it('explains what a review is and how to get one when none is open', async () => {
    const { fixture, element } = await render();
    expect(text(element.querySelector('[role="status"]'))).toBe('Looking for open reviews…');

    await answerReviews('LIST', { reviews: [] });
    await fixture.whenStable();

    const empty = element.querySelector('[data-testid="no-reviews"]');
    expect(navigate).not.toHaveBeenCalled();
    expect(text(empty?.querySelector('h2'))).toBe('No open reviews for Mixed reef 300');
    expect(text(empty)).toContain('How to get one');
    expect(text(empty)).toContain('Upload an ICP report');
    const manualLinks = [...(empty?.querySelectorAll('a') ?? [])].filter(
      (link) => link.getAttribute('href') === '/app/tests/manual/new',
    );
    expect(manualLinks.map(text)).toEqual(['log a manual test', 'Log a manual test']);
  });

  it('lists finished reviews under History, newest first as the API orders them', async () => {
    const { fixture, element } = await render('history');

    const sent = await answerReviews('LIST', {
      reviews: [
        reviewListItemFactory({
          reviewId: 'review-2',
          status: 'COMPLETED',
          title: 'September ICP',
          completedAt: '2026-09-20T08:00:00Z',
        }),
        reviewListItemFactory({
          reviewId: 'review-1',
          status: 'DISMISSED',
          title: 'August manual test',
          testKind: 'MANUAL',
          dismissedAt: '2026-08-12T08:00:00Z',
        }),
      ],
    });
    await fixture.whenStable();

    expect(sent).toEqual({ action: 'LIST', tankId: 'tank-1', state: 'HISTORY' });
    expect(navigate).not.toHaveBeenCalled();
    const items = [...element.querySelectorAll('[data-testid="review-item"]')];
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual([
      '/app/reef-review/review-2',
      '/app/reef-review/review-1',
    ]);
    expect(text(items[0])).toContain('Completed 20 Sep 2026');
    expect(text(items[1])).toContain('Manual test · 14 Sep 2026');
    expect(element.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('History');
  });

  it('says so when there is no finished review yet', async () => {
    const { fixture, element } = await render('history');

    await answerReviews('LIST', { reviews: [] });
    await fixture.whenStable();

    expect(text(element)).toContain('No finished reviews yet');
  });
});
