import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { buttonLabelled } from '../../../../testing/dom';
import { answerPost, setUpPageTest, textOf } from '../../../../testing/dose-http';
import { profileFactory } from '../../../../testing/factories';
import { loadProfile } from '../../../../testing/profile';
import { ImportPage } from './import-page';

const CSV = 'Datum;Calcium (mg/l);KH (dKH)\n01.02.2026;425;8,1\n08.02.2026;4200;7,9\n';

const PREVIEW = {
  layout: 'wide',
  decimal: 'comma',
  dateOrder: 'dmy',
  ignoredColumns: ['Notiz'],
  rows: [
    {
      line: 2,
      element: 'Calcium',
      date: '2026-02-01',
      value: 425,
      unit: 'ppm',
      status: 'ok',
      elementId: 'calcium',
      name: 'Calcium',
      saved: { value: 425, unit: 'mg/l' },
      test: 0,
    },
    {
      line: 2,
      element: 'KH',
      date: '2026-02-01',
      value: 8.1,
      unit: 'dKH',
      status: 'ok',
      elementId: 'alkalinity',
      name: 'Alkalinity',
      saved: { value: 8.1, unit: 'dKH' },
      test: 0,
    },
    {
      line: 3,
      element: 'Calcium',
      date: '2026-02-08',
      value: 4200,
      unit: 'mg/l',
      status: 'error',
      elementId: 'calcium',
      name: 'Calcium',
      problem:
        '4200 mg/l is more than a reef tank can hold (100–1000 mg/l): check the value or the unit',
    },
    {
      line: 3,
      element: 'KH',
      date: '2026-02-08',
      value: 7.9,
      unit: 'dKH',
      status: 'ok',
      elementId: 'alkalinity',
      name: 'Alkalinity',
      saved: { value: 7.9, unit: 'dKH' },
      test: 1,
    },
  ],
  tests: [
    { kind: 'MANUAL', date: '2026-02-01', readings: [] },
    { kind: 'MANUAL', date: '2026-02-08', readings: [] },
  ],
  summary: { readings: 4, importable: 3, problems: 1, tests: 2 },
};

describe('ImportPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    ({ http } = setUpPageTest('2026-03-04T10:00:00Z'));
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(ImportPage);
    await loadProfile(profileFactory());
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function choose(element: HTMLElement, text: string, name = 'portal.csv') {
    const input = element.querySelector<HTMLInputElement>('#import-file')!;
    Object.defineProperty(input, 'files', {
      value: [new File([text], name, { type: 'text/csv' })],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
  }

  it('previews the chosen file line by line, then saves it and links the new tests', async () => {
    const { fixture, element } = await render();
    choose(element, CSV);
    expect(await answerPost('/test/import/preview', PREVIEW)).toEqual({
      tankId: 'tank-1',
      csv: CSV,
      fileName: 'portal.csv',
    });
    await vi.waitFor(() =>
      expect(textOf(element.querySelector('#import-summary'))).toBe(
        '4 readings in portal.csv: 3 to save in 2 tests, 1 left out.',
      ),
    );
    await fixture.whenStable();
    const rows = [...element.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => textOf(td)),
    );
    expect(rows[0]).toEqual(['2', '1 Feb 2026', 'Calcium', '425 mg/l from 425 ppm']);
    expect(rows[1]).toEqual(['2', '1 Feb 2026', 'Alkalinity', '8.1 dKH']);
    expect(rows[2]).toEqual(['3', '8 Feb 2026', 'Calcium', '4200 mg/l']);
    expect(rows[3]).toEqual([
      'Left out: 4200 mg/l is more than a reef tank can hold (100–1000 mg/l): check the value or the unit',
    ]);
    expect(element.querySelectorAll('tr[data-status="error"]')).toHaveLength(1);

    buttonLabelled(element, 'Save 3 readings in 2 tests').click();
    expect(
      await answerPost('/test/import/save', {
        saved: [
          { testId: 'm-1', kind: 'MANUAL', date: '2026-02-01', readings: 2 },
          { testId: 'm-2', kind: 'MANUAL', date: '2026-02-08', readings: 1 },
        ],
        summary: PREVIEW.summary,
        skipped: [PREVIEW.rows[2]],
      }),
    ).toMatchObject({ csv: CSV });
    await vi.waitFor(() =>
      expect(textOf(element.querySelector('#import-done'))).toBe('Saved 3 readings in 2 tests.'),
    );
    await fixture.whenStable();
    expect([...element.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).toEqual([
      '/app/tests/manual/m-1',
      '/app/tests/manual/m-2',
    ]);
  });

  it('shows why a file cannot be read, and offers no save for a file with nothing to import', async () => {
    const { fixture, element } = await render();
    choose(element, 'element,value\nCalcium,420\n');
    await answerPost(
      '/test/import/preview',
      {
        message:
          'The file cannot be imported: No date column: name the column with the test date "date" (or "Datum").',
      },
      400,
    );
    await vi.waitFor(() =>
      expect(textOf(element.querySelector('#import-problem'))).toContain('No date column'),
    );

    choose(element, 'date,element,value\n2026-02-01,Unobtainium,3\n');
    await answerPost('/test/import/preview', {
      ...PREVIEW,
      refused: 'No reading in the file can be imported: see the problem on each line.',
      summary: { readings: 1, importable: 0, problems: 1, tests: 0 },
    });
    await vi.waitFor(() => expect(element.querySelector('#import-refused')).not.toBeNull());
    await fixture.whenStable();
    expect(textOf(element.querySelector('#import-refused'))).toBe(
      'Nothing can be saved: No reading in the file can be imported: see the problem on each line.',
    );
    expect(
      [...element.querySelectorAll('button')].some((b) => b.textContent?.includes('Save')),
    ).toBe(false);
  });

  it('refuses a file too big for one import without sending it', async () => {
    const { fixture, element } = await render();
    choose(element, 'x'.repeat(200_001), 'huge.csv');
    await vi.waitFor(() =>
      expect(textOf(element.querySelector('#import-problem'))).toBe(
        'huge.csv is too big for one import (at most 200,000 characters): split it and import the parts.',
      ),
    );
    await fixture.whenStable();
  });
});
