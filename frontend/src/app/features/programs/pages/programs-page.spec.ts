import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { answerPost } from '../../../../testing/dose-http';
import { profileFactory } from '../../../../testing/factories';
import { programFactory } from '../../../../testing/program-factories';
import { loadProfile } from '../../../../testing/profile';
import { provideTestHttp } from '../../../../testing/providers';
import { PROGRAM_LIST_NOTICE, ProgramHistoryService } from '../services/program-history.service';
import { ProgramsPage } from './programs-page';

describe('ProgramsPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideTestHttp() });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  async function render(programs: object[]) {
    const fixture = TestBed.createComponent(ProgramsPage);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    const sent = await answerPost('/program/history/list', { tankId: 'tank-1', programs });
    await fixture.whenStable();
    return { sent, element: fixture.nativeElement as HTMLElement };
  }

  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('lists the active program, drafts and ended programs, each linking to its page', async () => {
    const { sent, element } = await render([
      programFactory({
        programId: 'old',
        name: 'Autumn',
        status: 'inactive',
        endDate: '2026-01-31',
      }),
      programFactory({
        programId: 'ram',
        name: 'RaM suggestion',
        status: 'draft',
        startDate: '2026-03-02',
        source: { kind: 'RAM_DRAFT', suggestion: [] },
      }),
      programFactory(),
    ]);

    expect(sent).toEqual({ tankId: 'tank-1' });
    const section = (id: string) => [
      ...element.querySelectorAll(`section[aria-labelledby="${id}"] a`),
    ];
    expect(section('programs-active').map(text)).toEqual([
      'Daily balling, Active, Since 1 Feb 2026 · 2 elements',
    ]);
    expect(section('programs-drafts').map(text)).toEqual([
      'RaM suggestion, Draft, Suggested by RaM, Starts 2 Mar 2026 once activated · 2 elements',
    ]);
    expect(section('programs-ended')[0].getAttribute('href')).toBe('/app/programs/old');
    expect(element.querySelector('a.btn-primary')?.getAttribute('href')).toBe('/app/programs/new');
  });

  it('invites the first program when there is none', async () => {
    const { element } = await render([]);

    expect(element.textContent).toContain('No dosing programs yet');
    expect(element.querySelector('ram-empty-state a')?.getAttribute('href')).toBe(
      '/app/programs/new',
    );
  });

  it('says once what the keeper just deleted', async () => {
    TestBed.inject(ProgramHistoryService).leaveNotice(PROGRAM_LIST_NOTICE, 'Deleted “Autumn”.');
    const { element } = await render([]);

    expect(text(element.querySelector('#programs-notice'))).toBe('Deleted “Autumn”.');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('programs-notice'));
    expect(TestBed.inject(ProgramHistoryService).takeNotice(PROGRAM_LIST_NOTICE)).toBeNull();
  });
});
