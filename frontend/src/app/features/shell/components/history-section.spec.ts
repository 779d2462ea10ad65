import { TestBed } from '@angular/core/testing';
import { RailSectionState } from '../services/history-list.service';
import { HistorySection } from './history-section';

describe('HistorySection', () => {
  async function textFor(state: RailSectionState): Promise<string> {
    const fixture = TestBed.createComponent(HistorySection);
    fixture.componentRef.setInput('heading', 'Tests');
    fixture.componentRef.setInput('emptyText', 'No tests yet.');
    fixture.componentRef.setInput('state', state);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('says it is loading while the list is on its way', async () => {
    expect(await textFor({ status: 'loading' })).toContain('Loading tests…');
  });

  it('says quietly that a list which has not shipped is not available yet', async () => {
    const text = await textFor({ status: 'unavailable' });

    expect(text).toContain('Tests are not available yet.');
    expect(text).not.toMatch(/error|could not/i);
  });

  it('shows the empty text when the tank has no entries', async () => {
    expect(await textFor({ status: 'ready', count: 0 })).toContain('No tests yet.');
  });

  it('counts the entries when there are some', async () => {
    expect(await textFor({ status: 'ready', count: 3 })).toContain('3 entries');
    expect(await textFor({ status: 'ready', count: 1 })).toContain('1 entry');
  });

  it('asks for a tank when the keeper has none', async () => {
    expect(await textFor({ status: 'no-tank' })).toContain('Add a tank to see tests.');
  });
});
