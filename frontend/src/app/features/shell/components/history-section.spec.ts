import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { HistoryKind } from '../../history/services/history-item';
import { RailSectionState } from '../../history/services/history-lists';
import { HistorySection } from './history-section';

describe('HistorySection', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideRouter([])] }));

  async function render(state: RailSectionState, kind: HistoryKind = 'test') {
    const fixture = TestBed.createComponent(HistorySection);
    fixture.componentRef.setInput('kind', kind);
    fixture.componentRef.setInput('heading', 'Tests');
    fixture.componentRef.setInput('emptyText', 'No tests yet.');
    fixture.componentRef.setInput('state', state);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { element, text: element.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
  }

  it('says it is loading while the list is on its way', async () => {
    expect((await render({ status: 'loading' })).text).toContain('Loading tests…');
  });

  it('says quietly that a list which has not shipped is not available yet', async () => {
    const { text } = await render({ status: 'unavailable' });

    expect(text).toContain('Tests are not available yet.');
    expect(text).not.toMatch(/error|could not/i);
  });

  it('shows the empty text when the tank has no entries', async () => {
    expect((await render({ status: 'ready', items: [] })).text).toContain('No tests yet.');
  });

  it('lists each entry with its label, date and status in words', async () => {
    const { element } = await render({
      status: 'ready',
      items: [
        { id: 't2', label: 'ICP OCEAMO', date: '2026-03-01', status: 'PROCESSING' },
        { id: 't1', label: 'Manual test', date: '2026-02-14', status: 'DONE' },
      ],
    });

    const entries = [...element.querySelectorAll('[data-testid="history-entry"]')].map((entry) =>
      [...entry.querySelectorAll('span, p')].map((part) => part.textContent?.trim()),
    );
    expect(entries).toEqual([
      ['ICP Oceamo', 'Reading', '1 Mar 2026'],
      ['Manual test', 'Done', '14 Feb 2026'],
    ]);
    expect(element.querySelector('[data-testid="entry-count"]')?.textContent).toBe('2 entries');
  });

  it('shows the newest five and counts the rest', async () => {
    const items = Array.from({ length: 7 }, (_, day) => ({
      id: `d${day}`,
      label: '2 doses',
      date: `2026-03-0${day + 1}`,
    }));
    const { element, text } = await render({ status: 'ready', items });

    expect(element.querySelectorAll('[data-testid="history-entry"]')).toHaveLength(5);
    expect(text).toContain('and 2 older');
  });

  it('asks for a tank when the keeper has none', async () => {
    expect((await render({ status: 'no-tank' })).text).toContain('Add a tank to see tests.');
  });

  const hrefs = (element: HTMLElement) =>
    [...element.querySelectorAll('[data-testid="history-entry"]')].map((entry) =>
      entry.getAttribute('href'),
    );

  it('links each test to its ICP or manual page, and the heading to logging a test', async () => {
    const { element } = await render({
      status: 'ready',
      items: [
        { id: 'icp-1', label: 'ICP OCEAMO', date: '2026-03-01', status: 'DONE' },
        { id: 'm-1', label: 'Manual test', date: '2026-02-14', testKind: 'MANUAL' },
      ],
    });

    expect(hrefs(element)).toEqual(['/app/tests/icp/icp-1', '/app/tests/manual/m-1']);
    const sectionLink = element.querySelector('[data-testid="section-link"]');
    expect(sectionLink?.textContent).toBe('Log a test');
    expect(sectionLink?.getAttribute('href')).toBe('/app/tests/manual/new');
  });

  it('links a dose day to the doses of that date and a program to its page', async () => {
    const doses = await render(
      { status: 'ready', items: [{ id: '2026-03-02', label: '2 doses', date: '2026-03-02' }] },
      'dose',
    );
    expect(hrefs(doses.element)).toEqual(['/app/doses?date=2026-03-02']);
    expect(doses.element.querySelector('[data-testid="section-link"]')?.getAttribute('href')).toBe(
      '/app/doses',
    );

    const programs = await render(
      { status: 'ready', items: [{ id: 'p1', label: 'Winter plan', status: 'active' }] },
      'program',
    );
    expect(hrefs(programs.element)).toEqual(['/app/programs/p1']);
    expect(
      programs.element.querySelector('[data-testid="section-link"]')?.getAttribute('href'),
    ).toBe('/app/programs');
  });
});
