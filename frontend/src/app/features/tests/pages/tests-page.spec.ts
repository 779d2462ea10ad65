import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled } from '../../../../testing/dom';
import { answerPost, setUpPageTest, textOf } from '../../../../testing/dose-http';
import { profileFactory } from '../../../../testing/factories';
import { elementResultFactory } from '../../../../testing/icp-factories';
import { manualTestFactory } from '../../../../testing/manual-factories';
import { loadProfile } from '../../../../testing/profile';
import { TestsPage } from './tests-page';

describe('TestsPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    ({ http } = setUpPageTest('2026-03-04T10:00:00Z'));
  });
  afterEach(() => http.verify());

  const icp = {
    id: 'icp-1',
    kind: 'ICP',
    status: 'DONE',
    date: '2026-03-02',
    label: 'ICP OCEAMO',
    fileName: 'oceamo-march.pdf',
  };
  const manual = {
    id: 'test-1',
    kind: 'MANUAL',
    status: 'DONE',
    date: '2026-03-03',
    label: 'Manual test',
  };

  async function render() {
    const fixture = TestBed.createComponent(TestsPage);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    const sent = await answerPost('/test/history/list', {
      tests: [manual, icp],
      nextCursor: 'page-2',
    });
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, sent };
  }
  const entries = (element: HTMLElement) =>
    [...element.querySelectorAll<HTMLAnchorElement>('[data-testid="tests-entry"]')].map((a) => [
      textOf(a),
      a.getAttribute('href'),
    ]);

  it('lists every test newest first, each linking to its page, and pages on with the cursor', async () => {
    const { fixture, element, sent } = await render();

    expect(sent).toEqual({ tankId: 'tank-1', limit: 10 });
    expect(entries(element)).toEqual([
      ['3 Mar 2026 Manual test Done', '/app/tests/manual/test-1'],
      ['2 Mar 2026 ICP Oceamo oceamo-march.pdf Done', '/app/tests/icp/icp-1'],
    ]);
    expect(buttonLabelled(element, 'Newer').disabled).toBe(true);

    buttonLabelled(element, 'Older').click();
    const next = await answerPost('/test/history/list', {
      tests: [{ ...manual, id: 'test-0', date: '2026-01-01' }],
    });
    await fixture.whenStable();

    expect(next).toEqual({ tankId: 'tank-1', limit: 10, cursor: 'page-2' });
    expect(textOf(element.querySelector('nav[aria-label="Pages of tests"]'))).toContain('Page 2');
    expect(buttonLabelled(element, 'Older').disabled).toBe(true);
  });

  it('filters by kind and lab from the first page', async () => {
    const { fixture, element } = await render();
    const kind = element.querySelector<HTMLSelectElement>('#tests-kind')!;
    kind.value = 'ICP';
    kind.dispatchEvent(new Event('change'));
    expect(await answerPost('/test/history/list', { tests: [icp] })).toEqual({
      tankId: 'tank-1',
      limit: 10,
      kind: 'ICP',
    });
    const lab = element.querySelector<HTMLSelectElement>('#tests-lab')!;
    lab.value = 'TRITON';
    lab.dispatchEvent(new Event('change'));
    expect(await answerPost('/test/history/list', { tests: [] })).toEqual({
      tankId: 'tank-1',
      limit: 10,
      kind: 'ICP',
      lab: 'TRITON',
    });
    await fixture.whenStable();

    expect(element.textContent).toContain('No tests match.');
  });

  it('shows the page as an element-by-test table coloured by status, and offers it as CSV', async () => {
    const { fixture, element } = await render();
    buttonLabelled(element, 'Element table').click();
    await fixture.whenStable();
    const reads = await vi.waitFor(() => {
      const found = http.match({ method: 'POST', url: '/api/test/history' });
      if (found.length < 2) throw new Error('waiting for both tests');
      return found;
    });
    reads.find((r) => r.request.body.testId === 'test-1')!.flush({ test: manualTestFactory() });
    reads
      .find((r) => r.request.body.testId === 'icp-1')!
      .flush({
        test: {
          ...manualTestFactory(),
          id: 'icp-1',
          kind: 'ICP',
          date: '2026-03-02',
          label: 'ICP OCEAMO',
          elements: [elementResultFactory({ value: 410, status: 'OK' })],
        },
      });
    await fixture.whenStable();

    const rows = [...element.querySelectorAll('[data-testid="element-table"] tbody tr')].map(
      (row) => [
        textOf(row.querySelector('th')),
        ...[...row.querySelectorAll('td')].map((cell) => textOf(cell.querySelector('span'))),
      ],
    );
    expect(rows).toEqual([
      ['Alkalinity dKH', '8.1', ''],
      ['Calcium mg/l', '380', '410'],
    ]);
    // Calcium 380 is LOW, which has its own colour (sky) apart from HIGH (amber).
    expect(
      element.querySelector('[data-testid="element-table"] tbody tr:nth-child(2) td span')
        ?.className,
    ).toContain('sky');
    const csv = element.querySelector<HTMLAnchorElement>('[data-testid="element-table-csv"]')!;
    expect(csv.getAttribute('download')).toBe('mixed-reef-300-elements-2026-03-03.csv');
    expect(decodeURIComponent(csv.href.split(',').slice(1).join(','))).toContain(
      'Calcium,mg/l,380,LOW,410,OK',
    );
  });
});
