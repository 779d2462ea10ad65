import { unzipSync, strFromU8 } from 'fflate';
import { eventually, postApi, signUpAndIn } from '../support/test-runtime';
import { confirmFirstTank, keeperRuntime, uploadIcpAndWait } from '../targets/keeper-runtime';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// A German portal's wide table: semicolons, decimal comma, day-first dates, units in the headers.
// Ten readings, two of them wrong (a typo'd calcium, a unit typed into a value).
const WIDE = [
  'Datum;Calcium (mg/l);Magnesium (mg/l);KH (dKH);Nitrat (mg/l);Notiz',
  '01.02.2026;425;1350;8,1;2,5;nach Wasserwechsel',
  '08.02.2026;4200;;7,9;3;',
  '15.02.2026;430;;8,3 mg/l;;',
  '22.02.2026;;;;4,1;',
].join('\n');

describe('importing readings from a CSV', () => {
  const ctx = keeperRuntime('TRIAL');
  const importing = (path: 'preview' | 'save', csv: string, user = ctx.keeper, tankId = ctx.tankId) =>
    postApi(ctx.runtime, `/test/import/${path}`, { tankId, csv, fileName: 'portal.csv' }, user);
  const tests = async () => (await postApi(ctx.runtime, '/test/history/list', { tankId: ctx.tankId }, ctx.keeper)).body.tests as Json[];

  it('previews every line with what it becomes or its problem, and saves nothing', async () => {
    const sut = await importing('preview', WIDE);

    expect(sut.status).toBe(200);
    expect(sut.body).toMatchObject({
      layout: 'wide',
      decimal: 'comma',
      dateOrder: 'dmy',
      ignoredColumns: ['Notiz'],
      summary: { readings: 10, importable: 8, problems: 2, tests: 4 },
    });
    const rows = sut.body.rows as Json[];
    expect(rows.filter((r) => r.status === 'error').map((r) => [r.line, r.name, r.problem])).toEqual([
      [3, 'Calcium', '4200 mg/l is more than a reef tank can hold (100–1000 mg/l): check the value or the unit'],
      [4, 'Alkalinity', '"8,3 mg/l" is not a number'],
    ]);
    expect(rows[3]).toMatchObject({
      line: 2,
      element: 'Nitrat',
      elementId: 'nitrate',
      value: 2.5,
      saved: { value: 2.5, unit: 'mg/l' },
      status: 'ok',
    });
    expect(await tests()).toEqual([]);
  });

  it('saves the good readings as one manual test per day, leaving out the lines with problems', async () => {
    const sut = await importing('save', WIDE);

    expect(sut.status).toBe(200);
    expect((sut.body.saved as Json[]).map((t) => [t.kind, t.date, t.readings])).toEqual([
      ['MANUAL', '2026-02-01', 4],
      ['MANUAL', '2026-02-08', 2],
      ['MANUAL', '2026-02-15', 1],
      ['MANUAL', '2026-02-22', 1],
    ]);
    expect((sut.body.skipped as Json[]).map((r) => r.line)).toEqual([3, 4]);
    const listed = await tests();
    expect(listed.map((t) => [t.kind, t.date])).toEqual(
      expect.arrayContaining([
        ['MANUAL', '2026-02-01'],
        ['MANUAL', '2026-02-22'],
      ]),
    );
    const first = await postApi(
      ctx.runtime,
      '/test/history',
      { tankId: ctx.tankId, testId: (sut.body.saved as Json[])[0].testId },
      ctx.keeper,
    );
    expect(((first.body.test as Json).elements as Json[]).map((e) => [e.elementId, e.value])).toEqual(
      expect.arrayContaining([
        ['calcium', 425],
        ['alkalinity', 8.1],
        ['nitrate', 2.5],
      ]),
    );
  });

  it('adds nothing when the same file is imported again, and only the new day of a longer file', async () => {
    const before = (await tests()).length;
    const again = await importing('preview', WIDE);
    expect((again.body.rows as Json[]).filter((r) => r.status === 'ok')).toEqual([]);
    expect((again.body.rows as Json[])[0].problem).toBe('already saved: the manual test of 2026-02-01 holds these readings');
    expect((await importing('save', WIDE)).status).toBe(400);

    const longer = await importing('save', `${WIDE}\n01.03.2026;420;;;;`);
    expect((longer.body.saved as Json[]).map((t) => t.date)).toEqual(['2026-03-01']);
    expect(await tests()).toHaveLength(before + 1);
  });

  it('refuses a file with nothing to import with 400 and saves nothing', async () => {
    const before = (await tests()).length;
    const sut = await importing('save', 'date,element,value\n2026-02-01,Unobtainium,3\n2026-02-01,Calcium,42000\n');

    expect(sut.status).toBe(400);
    expect(sut.body.message).toBe('Nothing was imported: No reading in the file can be imported: see the problem on each line.');
    expect(await tests()).toHaveLength(before);
  });

  it('refuses files it cannot read, too long a text (400) and too big a body (413), and another keeper’s tank (404)', async () => {
    expect((await importing('preview', 'element,value\nCalcium,420\n')).body.message).toBe(
      'The file cannot be imported: No date column: name the column with the test date "date" (or "Datum").',
    );
    const long = `date,element,value\n${'2026-02-01,Calcium,420\n'.repeat(9000)}`;
    const tooLong = await importing('preview', long);
    expect([tooLong.status, tooLong.body.message]).toEqual([400, 'csv must be 1 to 200000 characters: import a larger history in parts']);
    expect((await importing('preview', 'x'.repeat(300_000))).status).toBe(413);
    const other = await signUpAndIn(ctx.runtime);
    expect((await importing('preview', WIDE, other)).status).toBe(404);
  });

  it('makes an ICP test of the lab a file names, with its analysis number and non-detects', async () => {
    const sut = await importing(
      'preview',
      'date,lab,analysis,element,value,unit\n2026-02-20,Oceamo,A-991,Calcium,420,mg/l\n2026-02-20,Oceamo,A-991,Kupfer,< 0.5,µg/l\n',
    );

    expect(sut.status).toBe(200);
    expect(sut.body.summary).toMatchObject({ readings: 2, importable: 2, problems: 0, tests: 1 });
    expect(sut.body.tests).toEqual([
      {
        kind: 'ICP',
        date: '2026-02-20',
        lab: 'OCEAMO',
        analysisNumber: 'A-991',
        readings: [
          { line: 2, elementId: 'calcium', value: 420 },
          { line: 3, elementId: 'copper', value: null, notDetected: true, detectionLimit: 0.5 },
        ],
      },
    ]);
  });

  it('takes back RaM’s own CSV export, lab reports as ICP tests that are evaluated again', async () => {
    await uploadIcpAndWait(ctx, { seed: 7, values: { copper: 3, calcium: 410 } });
    const exported = await postApi(ctx.runtime, '/user/export', { format: 'csv' }, ctx.keeper);
    const csv = strFromU8(unzipSync(Buffer.from(String(exported.body.base64), 'base64'))['tests.csv']!);
    const newcomer = await signUpAndIn(ctx.runtime);
    const tankId = await confirmFirstTank(ctx.runtime, newcomer);

    const preview = await importing('preview', csv, newcomer, tankId);
    // Every test of the keeper comes back as one test: the kit tests imported above and the lab report.
    expect(preview.body.summary).toMatchObject({ problems: 0, tests: (await tests()).length });
    const sut = await importing('save', csv, newcomer, tankId);

    expect(sut.status).toBe(200);
    const icp = (sut.body.saved as Json[]).find((t) => t.kind === 'ICP')!;
    const detail = await eventually(
      async () => {
        const answer = await postApi(ctx.runtime, '/test/history', { tankId, testId: icp.testId }, newcomer);
        const test = answer.body.test as Json | undefined;
        return test?.status === 'DONE' ? test : undefined;
      },
      20_000,
      'the imported ICP test to be evaluated',
    );
    expect(detail).toMatchObject({ kind: 'ICP', lab: 'OCEAMO' });
    expect((detail.elements as Json[]).find((e) => e.elementId === 'copper')).toMatchObject({ value: 3 });
  }, 90_000); // an upload, its evaluation and the imported report's evaluation, on a shared machine
});
