import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled, submitForm, typeInto } from '../../../../testing/dom';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import {
  adjustmentActionFactory,
  correctionActionFactory,
  reviewDetailFactory,
  reviewListItemFactory,
} from '../../../../testing/review-factories';
import { answerReviews, settle } from '../../../../testing/review-requests';
import { ErrorBannerService } from '../../../core/errors/error-banner.service';
import { HistoryLists } from '../../history/services/history-lists';
import { ReviewDetail } from '../services/review.model';
import { ReviewDetailPage } from './review-detail-page';

describe('ReviewDetailPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const accepted = { choice: 'ACCEPTED' as const, decidedAt: '2026-09-17T10:00:00Z' };

  async function render(
    review: ReviewDetail = reviewDetailFactory(),
    open = [reviewListItemFactory()],
  ) {
    const fixture = TestBed.createComponent(ReviewDetailPage);
    fixture.componentRef.setInput('reviewId', review.reviewId);
    await loadProfile(profileFactory());
    const sent = await answerReviews('DETAIL', { review });
    await answerReviews('LIST', { reviews: open });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, sent };
  }

  const adjustment = (element: HTMLElement) =>
    element.querySelector<HTMLElement>('[data-testid="adjustment-item"]')!;
  const announcement = (element: HTMLElement) =>
    text(element.querySelector('[data-testid="announcement"]'));

  describe('reading a review', () => {
    it('heads the review with its severity, status and the test it came from', async () => {
      const { element, sent } = await render();

      expect(sent).toEqual({ action: 'DETAIL', tankId: 'tank-1', reviewId: 'review-1' });
      expect(text(element.querySelector('h1'))).toBe('Iodine low, alkalinity climbing');
      expect(text(element.querySelector('ram-review-header ram-severity-badge'))).toBe(
        'Severity: Warning',
      );
      expect(text(element.querySelector('[data-testid="review-status"]'))).toBe('Open');
      const source = element.querySelector('[data-testid="review-source"]');
      expect(text(source)).toBe(
        'From the ICP test of 14 Sep 2026 · analysed by Oceamo · Open the test',
      );
      expect(source?.querySelector('a')?.getAttribute('href')).toBe('/app/tests/icp/icp-1');
      expect(text(element)).toContain('Two elements need a look; nothing is dangerous.');
      expect(text(element)).toContain('Compared with 2 earlier tests.');
    });

    it('links a manual test’s review back to the manual test', async () => {
      const { element } = await render(
        reviewDetailFactory({
          testKind: 'MANUAL',
          source: { testId: 'manual-4', kind: 'MANUAL', date: '2026-09-14' },
          actions: [],
          draftProgramId: undefined,
        }),
      );

      expect(element.querySelector('[data-testid="review-source"] a')?.getAttribute('href')).toBe(
        '/app/tests/manual/manual-4',
      );
      expect(element.querySelector('#corrections-heading')).toBeNull();
      expect(element.querySelector('#adjustments-heading')).toBeNull();
    });

    it('opens with a summary, then folds every section that asks nothing of the keeper', async () => {
      const { element } = await render(
        reviewDetailFactory({
          actions: [
            correctionActionFactory({ progress: { done: 3, total: 3, state: 'DONE' } }),
            adjustmentActionFactory(),
          ],
        }),
      );

      const glance = element.querySelector('[data-testid="review-glance"]')!;
      const header = element.querySelector('ram-review-header')!;
      // The summary comes right after the header, before any section.
      expect(header.nextElementSibling?.nextElementSibling).toBe(glance);
      expect(text(glance.querySelector('[data-testid="severity-counts"]'))).toBe(
        'Warning 1 Info 1',
      );
      expect(text(glance.querySelector('[data-testid="review-attention"]'))).toBe(
        '↓ Iodine 38 µg/l, warning',
      );
      expect(text(glance.querySelector('[data-testid="review-to-decide"]'))).toBe(
        'Waiting for you: 1 daily adjustment to decide.',
      );
      const sections = [
        ...element.querySelectorAll<HTMLDetailsElement>('[data-testid="review-section"]'),
      ];
      expect(sections.map((section) => [section.dataset['section'], section.open])).toEqual([
        ['findings', true],
        ['corrections', false],
        ['adjustments', true],
        ['outcomes', false],
      ]);
      expect(text(sections[1].querySelector('summary'))).toBe('Corrections');
      expect(text(sections[2].querySelector('summary'))).toBe('Daily adjustments 1 to decide');
    });

    it('keeps a section the keeper opened open when a decision leaves nothing to decide there', async () => {
      const { fixture, element } = await render(
        reviewDetailFactory({ actions: [adjustmentActionFactory()] }),
      );
      const adjustments = element.querySelector<HTMLDetailsElement>(
        '[data-section="adjustments"]',
      )!;
      expect(adjustments.open).toBe(true);

      buttonLabelled(adjustment(element), 'Accept').click();
      await answerReviews('DECIDE', {
        review: reviewDetailFactory({
          actions: [adjustmentActionFactory({ decision: accepted })],
        }),
      });
      await settle(fixture);

      expect(text(element.querySelector('[data-testid="review-to-decide"]'))).toBe(
        'Nothing waits for your decision: complete the review when you are done.',
      );
      expect(element.querySelector<HTMLDetailsElement>('[data-section="adjustments"]')!.open).toBe(
        true,
      );
    });

    it('folds every section of a closed review but the findings it had', async () => {
      const { element } = await render(reviewDetailFactory({ status: 'COMPLETED' }));

      expect(text(element.querySelector('[data-testid="review-to-decide"]'))).toBe(
        'This review is closed: nothing left to decide.',
      );
      const open = [
        ...element.querySelectorAll<HTMLDetailsElement>('[data-testid="review-section"]'),
      ].filter((section) => section.open);
      expect(open.map((section) => section.dataset['section'])).toEqual(['findings']);
    });

    it('reads itself again when a test of the tank finishes or a dose is logged, live', async () => {
      const { fixture, element } = await render();
      const lists = TestBed.inject(HistoryLists);
      lists.show({ status: 'chosen', tankId: 'tank-1' });
      for (const kind of ['test', 'dose', 'program']) {
        (await vi.waitFor(() => http.expectOne(`/api/${kind}/history/list`))).flush({ items: [] });
      }

      // A test still being read changes nothing yet.
      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-1',
        item: { id: 'icp-2', label: 'ICP OCEAMO', date: '2026-10-12', status: 'IN_PROGRESS' },
      });
      lists.apply({
        kind: 'test',
        op: 'upsert',
        tankId: 'tank-1',
        item: { id: 'icp-2', label: 'ICP OCEAMO', date: '2026-10-12', status: 'DONE' },
      });
      const sent = await answerReviews('DETAIL', {
        review: reviewDetailFactory({
          status: 'SUPERSEDED',
          followUp: { testId: 'icp-2', date: '2026-10-12', outcomes: [] },
        }),
      });
      expect(sent).toEqual({ action: 'DETAIL', tankId: 'tank-1', reviewId: 'review-1' });
      await answerReviews('LIST', { reviews: [] });
      await settle(fixture);

      expect(text(element.querySelector('[data-testid="review-status"]'))).toBe(
        'Superseded by a newer report',
      );
      // The page was never replaced by a loading state.
      expect(element.querySelector('ram-review-glance')).not.toBeNull();
      fixture.destroy();
    });

    it('writes the summary’s dates and lab as the keeper reads them', async () => {
      const { element } = await render(
        reviewDetailFactory({ summary: 'ICP test (OCEAMO) of 2026-11-28: 9 out of range.' }),
      );
      expect(text(element.querySelector('[data-testid="review-summary"]'))).toBe(
        'ICP test (Oceamo) of 28 Nov 2026: 9 out of range.',
      );
    });

    it('folds the findings only to watch below the urgent ones, and shows them when none is', async () => {
      const first = await render();
      const more = first.element.querySelector<HTMLDetailsElement>(
        '[data-testid="more-findings"]',
      )!;
      expect(more.open).toBe(false);
      expect(text(more.querySelector('summary'))).toBe('▸ 1 more to watch or without a range');
      expect(text(more.querySelector('[data-testid="finding"] h3'))).toBe('Alkalinity');
      first.fixture.destroy();

      const { element } = await render(
        reviewDetailFactory({
          reviewId: 'review-2',
          findings: [reviewDetailFactory().findings[0]],
        }),
      );
      expect(element.querySelector<HTMLDetailsElement>('[data-testid="more-findings"]')!.open).toBe(
        true,
      );
    });

    it('lists the findings most urgent first, each with its reading, range and trend', async () => {
      const { element } = await render();

      const findings = [...element.querySelectorAll('[data-testid="finding"]')];
      expect(findings.map((finding) => text(finding.querySelector('h3')))).toEqual([
        'Iodine',
        'Alkalinity',
      ]);
      expect(text(findings[0])).toContain('Iodine Warning Low');
      expect(text(findings[0])).toContain('38 µg/l · range 50–70 µg/l, target 60');
      expect(text(findings[0].querySelector('[data-testid="trend"]'))).toBe(
        '↓ 12% since 1 Aug 2026 · worth watching',
      );
      expect(text(findings[1])).toContain('8.9 dKH · range 7–9 dKH');
    });

    it('shows how far each correction is dosed and where to apply it', async () => {
      const { element } = await render();

      const correction = element.querySelector('[data-testid="correction"]');
      expect(text(correction)).toContain('1.5 ml a day for 3 days (4.5 ml in all)');
      expect(text(correction)).toContain('Partly dosed');
      expect(text(correction?.querySelector('[data-testid="progress"]'))).toBe('1 of 3 days');
      const bar = correction?.querySelector('[role="progressbar"]');
      expect(bar?.getAttribute('aria-valuenow')).toBe('1');
      expect(bar?.getAttribute('aria-valuemax')).toBe('3');
      expect(
        buttonLabelledLink(element, 'Apply corrections on the ICP page').getAttribute('href'),
      ).toBe('/app/tests/icp/icp-1');
    });

    it('shows each daily adjustment as now → suggested, and the draft program', async () => {
      const { element } = await render();

      expect(text(adjustment(element).querySelector('[data-testid="adjustment"]'))).toBe(
        '20 ml every day → suggested: 18 ml on Mon, Tue, Wed, Thu, Fri',
      );
      expect(buttonLabelledLink(element, 'Open the draft program').getAttribute('href')).toBe(
        '/app/programs/draft-7',
      );
    });

    it('says outcomes come after the next test, and shows them once there is one', async () => {
      const first = await render();
      expect(text(first.element.querySelector('ram-follow-up-outcomes'))).toContain(
        'Outcomes appear here after your next test',
      );
      first.fixture.destroy();

      const { element } = await render(
        reviewDetailFactory({
          reviewId: 'review-2',
          followUp: {
            testId: 'icp-2',
            date: '2026-10-12',
            outcomes: [
              {
                elementId: 'iodine',
                name: 'Iodine',
                unit: 'µg/l',
                before: 38,
                after: 55,
                target: 60,
                verdict: 'CLOSER',
              },
              {
                elementId: 'alkalinity',
                name: 'Alkalinity',
                unit: 'dKH',
                before: 8.9,
                after: 9.4,
                verdict: 'FURTHER',
              },
            ],
          },
        }),
      );

      const rows = [...element.querySelectorAll('[data-testid="outcome"]')];
      expect(rows.map((row) => [...row.children].map(text))).toEqual([
        ['Iodine', '38 → 55 µg/l target 60', '✓Closer to target'],
        ['Alkalinity', '8.9 → 9.4 dKH', '✗Further from target'],
      ]);
    });

    it('lists the tank’s other open reviews beside this one', async () => {
      const { element } = await render(reviewDetailFactory(), [
        reviewListItemFactory(),
        reviewListItemFactory({ reviewId: 'review-9', title: 'Manual test: nitrate up' }),
      ]);

      const aside = element.querySelector('aside');
      expect(
        [...(aside?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
      ).toEqual(['/app/reef-review/review-9']);
    });

    it('says plainly when the tank has no review with that id, without the banner', async () => {
      const fixture = TestBed.createComponent(ReviewDetailPage);
      fixture.componentRef.setInput('reviewId', 'elsewhere');
      await loadProfile(profileFactory());
      await answerReviews('DETAIL', { message: 'Not found' }, 404);
      await answerReviews('LIST', { reviews: [] });
      await fixture.whenStable();

      expect(text(fixture.nativeElement)).toContain('This review is not here');
      expect(TestBed.inject(ErrorBannerService).current()).toBeNull();
    });
  });

  describe('deciding on daily adjustments', () => {
    it('accepts a suggestion and shows the decision recorded', async () => {
      const { fixture, element } = await render();

      buttonLabelled(adjustment(element), 'Accept').click();
      const decided = reviewDetailFactory({
        actions: [correctionActionFactory(), adjustmentActionFactory({ decision: accepted })],
      });
      const sent = await answerReviews('DECIDE', { review: decided });
      await settle(fixture);

      expect(sent).toEqual({
        action: 'DECIDE',
        tankId: 'tank-1',
        reviewId: 'review-1',
        actionId: 'action-alk',
        choice: 'ACCEPTED',
      });
      expect(text(adjustment(element).querySelector('[data-testid="decision"]'))).toBe(
        'Accepted 18 ml on Mon, Tue, Wed, Thu, Fri · 17 Sep 2026',
      );
      expect(announcement(element)).toBe('Alkalinity: accepted.');
      expect(document.activeElement?.id).toBe('adjustment-action-alk-change');
    });

    it('overrides a suggestion with the keeper’s own amount and days', async () => {
      const { fixture, element } = await render();

      buttonLabelled(adjustment(element), 'Override').click();
      await fixture.whenStable();
      expect(document.activeElement?.id).toBe('adjustment-action-alk-amount');
      typeInto(element, '#adjustment-action-alk-amount', '19');
      element.querySelector<HTMLInputElement>('#adjustment-action-alk-day-5')!.click();
      element.querySelector<HTMLInputElement>('#adjustment-action-alk-day-6')!.click();
      typeInto(element, '#adjustment-action-alk-note', 'Skip Friday, water change day');
      submitForm(adjustment(element));
      const sent = await answerReviews('DECIDE', { review: reviewDetailFactory() });
      await settle(fixture);

      expect(sent).toEqual({
        action: 'DECIDE',
        tankId: 'tank-1',
        reviewId: 'review-1',
        actionId: 'action-alk',
        choice: 'OVERRIDDEN',
        value: { amount: 19, unit: 'ml', weekdays: [1, 2, 3, 4, 6] },
        note: 'Skip Friday, water change day',
      });
    });

    it('asks for at least one dosing day before sending an override', async () => {
      const { fixture, element } = await render();

      buttonLabelled(adjustment(element), 'Override').click();
      await fixture.whenStable();
      for (const day of [1, 2, 3, 4, 5]) {
        element.querySelector<HTMLInputElement>(`#adjustment-action-alk-day-${day}`)!.click();
      }
      submitForm(adjustment(element));
      await fixture.whenStable();

      expect(text(element.querySelector('#adjustment-action-alk-days-error'))).toBe(
        'Choose at least one dosing day.',
      );
      expect(http.match('/api/user/reef-reviews')).toHaveLength(0);
    });

    it('dismisses a suggestion', async () => {
      const { fixture, element } = await render();

      buttonLabelled(adjustment(element), 'Dismiss').click();
      const sent = await answerReviews('DECIDE', {
        review: reviewDetailFactory({
          actions: [
            adjustmentActionFactory({
              decision: { choice: 'DISMISSED', decidedAt: '2026-09-17T10:00:00Z' },
            }),
          ],
        }),
      });
      await settle(fixture);

      expect(sent).toMatchObject({ actionId: 'action-alk', choice: 'DISMISSED' });
      expect(text(adjustment(element).querySelector('[data-testid="decision"]'))).toBe(
        'Dismissed · 17 Sep 2026',
      );
    });
  });

  describe('comparing with other tests', () => {
    it('recalculates with the scope picked and keeps the decisions on screen', async () => {
      const { fixture, element } = await render(
        reviewDetailFactory({
          actions: [correctionActionFactory(), adjustmentActionFactory({ decision: accepted })],
        }),
      );

      const lastFive = [
        ...element.querySelectorAll<HTMLInputElement>('input[name="compare-scope"]'),
      ].find((radio) => radio.value === 'LAST_5')!;
      lastFive.click();
      await fixture.whenStable();
      expect(text(element.querySelector('ram-loading-block'))).toBe('Comparing again…');
      // The answer carries the regenerated actions; the keeper's decision must not vanish with them.
      const sent = await answerReviews('RECALCULATE', {
        review: reviewDetailFactory({
          compareScope: 'LAST_5',
          actions: [correctionActionFactory(), adjustmentActionFactory()],
        }),
      });
      await settle(fixture);

      expect(sent).toEqual({
        action: 'RECALCULATE',
        tankId: 'tank-1',
        reviewId: 'review-1',
        compareScope: 'LAST_5',
      });
      expect(text(adjustment(element).querySelector('[data-testid="decision"]'))).toContain(
        'Accepted',
      );
      expect(lastFive.checked).toBe(true);
      expect(announcement(element)).toBe(
        'Compared with last 5 tests: 2 findings. Your decisions are kept.',
      );
    });
  });

  describe('finishing a review', () => {
    it('completes the review after the keeper confirms, and moves focus to its title', async () => {
      const { fixture, element } = await render();

      buttonLabelled(element, 'Complete review').click();
      await fixture.whenStable();
      expect(document.activeElement?.id).toBe('closing-confirm');
      expect(http.match('/api/user/reef-reviews')).toHaveLength(0);

      buttonLabelled(element, 'Yes, complete').click();
      const sent = await answerReviews('COMPLETE', {
        review: reviewDetailFactory({ status: 'COMPLETED', completedAt: '2026-09-20T08:00:00Z' }),
      });
      await answerReviews('LIST', { reviews: [] });
      await settle(fixture);

      expect(sent).toEqual({ action: 'COMPLETE', tankId: 'tank-1', reviewId: 'review-1' });
      expect(text(element.querySelector('[data-testid="review-status"]'))).toBe('Completed');
      expect(announcement(element)).toBe('Review completed. You find it under History.');
      expect(element.querySelector('ram-review-closing-actions')).toBeNull();
      expect(document.activeElement?.id).toBe('review-title');
    });

    it('dismisses only after confirming, and a cancel sends nothing', async () => {
      const { fixture, element } = await render();

      buttonLabelled(element, 'Dismiss review').click();
      await fixture.whenStable();
      buttonLabelled(element, 'Cancel').click();
      await fixture.whenStable();
      expect(document.activeElement?.id).toBe('closing-DISMISS');
      expect(http.match('/api/user/reef-reviews')).toHaveLength(0);

      buttonLabelled(element, 'Dismiss review').click();
      await fixture.whenStable();
      buttonLabelled(element, 'Yes, dismiss').click();
      const sent = await answerReviews('DISMISS', {
        review: reviewDetailFactory({ status: 'DISMISSED', dismissedAt: '2026-09-20T08:00:00Z' }),
      });
      await answerReviews('LIST', { reviews: [] });
      await settle(fixture);

      expect(sent).toEqual({ action: 'DISMISS', tankId: 'tank-1', reviewId: 'review-1' });
      expect(text(element.querySelector('[data-testid="review-status"]'))).toBe('Dismissed');
    });

    it('takes no new decisions on a finished review but still shows the ones made', async () => {
      const { element } = await render(
        reviewDetailFactory({
          status: 'COMPLETED',
          actions: [adjustmentActionFactory({ decision: accepted })],
        }),
      );

      expect(text(adjustment(element))).toContain('Accepted');
      expect(adjustment(element).querySelectorAll('button')).toHaveLength(0);
    });
  });
});

/** The link whose text contains `label`. */
function buttonLabelledLink(root: HTMLElement, label: string): HTMLAnchorElement {
  const link = [...root.querySelectorAll('a')].find((candidate) =>
    candidate.textContent?.includes(label),
  );
  if (!link) throw new Error(`No link labelled ${label}`);
  return link;
}
