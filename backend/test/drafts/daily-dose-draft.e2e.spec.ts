import { reading } from '../../src/domain/drafts/drafts.factory';
import type { LocalRuntime } from '../../src/local/runtime';
import {
  DAILY_DOSE_DRAFT_PROMPT_KEY,
  DEFAULT_DAILY_DOSE_DRAFT_PROMPT,
  type DailyDoseDraftProgramService,
  type DraftOutcome,
  type EvaluatedElementForDraft,
} from '../../src/modules/drafts';
import { messageFor } from '../../src/modules/realtime/realtime-message';
import { type KeeperTank, shiftDate, todayIn } from '../dosing/dosing.factory';
import { FakeBedrockClient } from '../fakes/fake-bedrock';
import { startTestRuntime } from '../support/test-runtime';
import {
  type ProgramView,
  draftService,
  keeperOnPlan,
  listPrograms,
  newTestId,
  partition,
  programHistoryItems,
  saveProgram,
} from './drafts.factory';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

type Drafted = Extract<DraftOutcome, { kind: 'DRAFTED' }>;

function drafted(outcome: DraftOutcome): Drafted {
  if (outcome.kind !== 'DRAFTED') throw new Error(`expected a draft, got ${outcome.kind}`);
  return outcome;
}

describe('DailyDoseDraftProgramService against DynamoDB Local', () => {
  let runtime: LocalRuntime;
  let rules: { sut: DailyDoseDraftProgramService; close: () => Promise<void> };
  let today: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    rules = await draftService();
    today = todayIn('UTC');
  });
  afterAll(async () => {
    await rules?.close();
    await runtime?.stop();
  });

  const ensure = (tank: KeeperTank, testId: string, testDate: string, elements: EvaluatedElementForDraft[], sut = rules.sut) =>
    sut.ensureDraft({ userId: tank.keeper.userId, tankId: tank.tankId, testId, testDate, elements });

  /** An ICP with one reading of each kind the draft must tell apart. */
  const mixedIcp = (): EvaluatedElementForDraft[] => [
    reading('calcium', 380),
    reading('iodine', 95),
    reading('magnesium', 1350),
    reading('potassium', 379.9, { status: 'LOW' }),
    reading('lead', 9, { status: 'CRITICAL' }),
    reading('nitrate', 0.5),
    reading('copper-ro', 0.2, { status: 'LOW' }),
  ];

  describe('a Pro-equivalent keeper with an active program', () => {
    let tank: KeeperTank;
    let active: ProgramView;
    let sut: Drafted;
    const testId = newTestId();
    const testDate = () => shiftDate(today, -2);

    beforeAll(async () => {
      tank = await keeperOnPlan(runtime, 'TRIAL');
      active = await saveProgram(runtime, tank, {
        startDate: shiftDate(today, -30),
        elements: [
          { elementId: 'calcium', amount: 10, unit: 'ml', weekdays: EVERY_DAY },
          { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] },
          { elementId: 'magnesium', amount: 5, unit: 'ml', weekdays: EVERY_DAY },
          { elementId: 'trace-element-blend', amount: 1, unit: 'ml', weekdays: [1] },
        ],
      });
      sut = drafted(await ensure(tank, testId, testDate(), mixedIcp()));
    });

    it('writes one draft program for the test, starting today (the day after the test is past)', async () => {
      expect(sut.created).toBe(true);
      expect(sut.program).toMatchObject({
        programId: `draft-${testId}`,
        userId: tank.keeper.userId,
        tankId: tank.tankId,
        name: `RaM draft from ICP ${testDate()}`,
        status: 'draft',
        startDate: today,
        source: { kind: 'RAM_DRAFT', suggestion: sut.program.elements },
      });
      expect((await listPrograms(runtime, tank)).map((p) => [p.programId, p.status]).sort()).toEqual(
        [
          [active.programId, 'active'],
          [`draft-${testId}`, 'draft'],
        ].sort(),
      );
    });

    it('keeps every non-zero element, raises the LOW one by the step, lowers the HIGH one, adds a sized start and doses no pollutant or nutrient', () => {
      expect(sut.program.elements).toEqual([
        { elementId: 'calcium', amount: 12.5, unit: 'ml', weekdays: EVERY_DAY },
        { elementId: 'iodine', amount: 1.5, unit: 'ml', weekdays: [1, 3, 5] },
        { elementId: 'magnesium', amount: 5, unit: 'ml', weekdays: EVERY_DAY },
        { elementId: 'trace-element-blend', amount: 1, unit: 'ml', weekdays: [1] },
        { elementId: 'potassium', amount: 3.2, unit: 'ml', weekdays: EVERY_DAY },
      ]);
      expect(sut.suggestions.map((s) => [s.elementId, s.current?.amount ?? null, s.suggested.amount, s.changed, s.origin])).toEqual([
        ['calcium', 10, 12.5, true, 'RULES'],
        ['iodine', 2, 1.5, true, 'RULES'],
        ['magnesium', 5, 5, false, 'RULES'],
        ['trace-element-blend', 1, 1, false, 'RULES'],
        ['potassium', null, 3.2, true, 'RULES'],
      ]);
    });

    it('leaves the active program as it was', async () => {
      expect((await listPrograms(runtime, tank)).find((p) => p.programId === active.programId)).toEqual(active);
    });

    it('gives the suggestions back for the program id, and nothing for another program', async () => {
      expect(await rules.sut.getSuggestions(sut.program.programId)).toEqual(sut.suggestions);
      expect(await rules.sut.getSuggestions(active.programId)).toBeUndefined();
    });

    it('keeps the suggestions in an item of their own that no program list and no live update sees', async () => {
      const items = await programHistoryItems(runtime, `draft-${testId}`);
      const record = items.find((i) => i.program_id === `draft-${testId}#suggestions`)!;
      const program = items.find((i) => i.program_id === `draft-${testId}`)!;

      expect(items).toHaveLength(2);
      expect(record).toMatchObject({ entity_type: 'DRAFT_SUGGESTIONS', draft_program_id: `draft-${testId}`, test_id: testId });
      expect(record).not.toHaveProperty('user_id_tank_id');
      expect(record).not.toHaveProperty('status');
      expect(messageFor('program-history', 'INSERT', record, undefined)).toBeUndefined();
      expect(messageFor('program-history', 'INSERT', program, undefined)?.message).toMatchObject({
        type: 'PROGRAM',
        item: { id: `draft-${testId}`, status: 'draft' },
      });
    });

    it('returns the stored draft untouched when called again for the same test', async () => {
      const again = drafted(await ensure(tank, testId, testDate(), [reading('calcium', 300)]));

      expect(again).toEqual({ ...sut, created: false });
      expect(await programHistoryItems(runtime, `draft-${testId}`)).toHaveLength(2);
    });

    it('returns a draft the keeper edited as edited, without redrafting it', async () => {
      const edited = await saveProgram(runtime, tank, {
        programId: sut.program.programId,
        name: 'Mine now',
        status: 'draft',
        startDate: sut.program.startDate,
        elements: [{ elementId: 'calcium', amount: 11, unit: 'ml', weekdays: EVERY_DAY }],
      });

      const again = drafted(await ensure(tank, testId, testDate(), mixedIcp()));

      expect(again.created).toBe(false);
      expect(again.program).toMatchObject({ name: 'Mine now', elements: edited.elements, updatedAt: edited.updatedAt });
      expect(again.suggestions).toEqual(sut.suggestions);
    });
  });

  it('drafts once when the evaluation and an ICP detail read ask at the same time', async () => {
    const tank = await keeperOnPlan(runtime, 'TRIAL');
    const testId = newTestId();

    const [a, b] = (await Promise.all([ensure(tank, testId, today, mixedIcp()), ensure(tank, testId, today, mixedIcp())])).map(drafted);

    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.program.programId).toBe(b.program.programId);
    expect(a.suggestions).toEqual(b.suggestions);
    expect((await listPrograms(runtime, tank)).map((p) => p.programId)).toEqual([`draft-${testId}`]);
  });

  it('drafts only non-zero elements on a first ICP without an active program, starting the day after the test', async () => {
    const tank = await keeperOnPlan(runtime, 'PRO');
    const testDate = shiftDate(today, 3);

    const sut = drafted(
      await ensure(
        tank,
        newTestId(),
        testDate,
        [...mixedIcp(), reading('iodine', 40), reading('iron', 0.5)].filter((r, i) => i !== 1),
      ),
    );

    expect(sut.program.startDate).toBe(shiftDate(testDate, 1));
    expect(sut.program.elements).toEqual([
      { elementId: 'calcium', amount: 13.6, unit: 'ml', weekdays: EVERY_DAY },
      { elementId: 'iodine', amount: 0.1, unit: 'ml', weekdays: EVERY_DAY },
      { elementId: 'potassium', amount: 3.2, unit: 'ml', weekdays: EVERY_DAY },
    ]);
    expect(sut.suggestions.every((s) => s.current === null && s.suggested.amount > 0)).toBe(true);
  });

  it('gives a Basic keeper no draft and writes nothing', async () => {
    const tank = await keeperOnPlan(runtime, 'BASIC');
    const testId = newTestId();

    const sut = await ensure(tank, testId, today, mixedIcp());

    expect(sut).toEqual({ kind: 'NOT_ENTITLED' });
    expect(await programHistoryItems(runtime, `draft-${testId}`)).toEqual([]);
    expect(await listPrograms(runtime, tank)).toEqual([]);
  });

  describe('after the keeper activated the last draft', () => {
    let tank: KeeperTank;

    beforeAll(async () => {
      tank = await keeperOnPlan(runtime, 'TRIAL');
      await saveProgram(runtime, tank, {
        startDate: shiftDate(today, -40),
        elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] }],
      });
      const first = drafted(await ensure(tank, newTestId(), shiftDate(today, -20), [reading('iodine', 40)]));
      expect(first.program.elements).toEqual([{ elementId: 'iodine', amount: 2.5, unit: 'ml', weekdays: [1, 3, 5] }]);
      await saveProgram(runtime, tank, {
        programId: first.program.programId,
        name: first.program.name,
        status: 'active',
        startDate: today,
        elements: first.program.elements,
      });
    });

    it('takes half a step when that increase did not bring the element closer', async () => {
      const sut = drafted(await ensure(tank, newTestId(), shiftDate(today, 8), [reading('iodine', 38)]));

      expect(sut.program.elements).toEqual([{ elementId: 'iodine', amount: 2.8, unit: 'ml', weekdays: [1, 3, 5] }]);
      expect(sut.suggestions[0].reason).toMatch(/a half step: the last increase did not bring it closer to target/);
    });

    it('takes a full step when it did', async () => {
      const sut = drafted(await ensure(tank, newTestId(), shiftDate(today, 8), [reading('iodine', 45)]));

      expect(sut.program.elements).toEqual([{ elementId: 'iodine', amount: 3.1, unit: 'ml', weekdays: [1, 3, 5] }]);
    });

    it('does not judge a draft that has not been in force for a week', async () => {
      const sut = drafted(await ensure(tank, newTestId(), shiftDate(today, 3), [reading('iodine', 38)]));

      expect(sut.program.elements[0].amount).toBe(3.1);
    });
  });

  describe('with an AI proposal (the shared fake Bedrock)', () => {
    it('fits the proposal inside the guardrails: a raise beyond the step is cut, a raise of a HIGH element and a pollutant are set aside', async () => {
      const bedrock = new FakeBedrockClient().replyWithJson({
        suggestions: [
          { elementId: 'calcium', amount: 30, unit: 'ml', reason: 'Calcium is far below target.' },
          { elementId: 'iodine', amount: 3, unit: 'ml', reason: 'More iodine.' },
          { elementId: 'magnesium', amount: 5.5, unit: 'ml', weekdays: EVERY_DAY, reason: 'A little more magnesium.' },
          { elementId: 'lead', amount: 1, unit: 'ml', reason: 'Nonsense.' },
        ],
      });
      const ai = await draftService(bedrock);
      const tank = await keeperOnPlan(runtime, 'TRIAL');
      await saveProgram(runtime, tank, {
        startDate: shiftDate(today, -10),
        elements: [
          { elementId: 'calcium', amount: 10, unit: 'ml', weekdays: EVERY_DAY },
          { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] },
          { elementId: 'magnesium', amount: 5, unit: 'ml', weekdays: EVERY_DAY },
        ],
      });
      const testId = newTestId();

      try {
        const sut = drafted(await ensure(tank, testId, today, mixedIcp(), ai.sut));

        expect(sut.program.elements.map((e) => [e.elementId, e.amount])).toEqual([
          ['calcium', 12.5],
          ['iodine', 1.5],
          ['magnesium', 5.5],
          ['potassium', 3.2],
        ]);
        expect(sut.suggestions.map((s) => [s.elementId, s.origin])).toEqual([
          ['calcium', 'RULES'],
          ['iodine', 'RULES'],
          ['magnesium', 'AI'],
          ['potassium', 'RULES'],
        ]);
        expect(sut.suggestions[0].reason).toMatch(/An AI proposal \(30 ml\) went beyond RaM's limits/);
        expect(sut.suggestions[2].reason).toBe('A little more magnesium.');
        expect(bedrock.requests).toHaveLength(1);
        expect(bedrock.requests[0].modelId).toBe('test-model');
        expect(bedrock.lastPrompt()).toContain('"rulesPlan"');
        expect(bedrock.lastPrompt()).toContain('"volumeLitres":300');
        expect((await partition(runtime, 'app-config', 'config_key', DAILY_DOSE_DRAFT_PROMPT_KEY))[0]).toMatchObject({
          value: DEFAULT_DAILY_DOSE_DRAFT_PROMPT,
          seeded: true,
        });
        const usage = await partition(runtime, 'usage-event', 'user_id', tank.keeper.userId);
        expect(
          usage
            .filter((u) => u.correlation_id === testId)
            .map((u) => [u.operation, u.resource_type])
            .sort(),
        ).toEqual([
          ['daily-dose-draft', 'BEDROCK_INPUT_TOKENS'],
          ['daily-dose-draft', 'BEDROCK_OUTPUT_TOKENS'],
        ]);
      } finally {
        await ai.close();
      }
    });

    it.each<[string, (fake: FakeBedrockClient) => FakeBedrockClient]>([
      ['a failed call', (fake) => fake.failWith(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }))],
      ['an answer without JSON', (fake) => fake.replyWith('I would raise calcium a little.')],
      [
        'an answer cut off by the token limit',
        (fake) => fake.replyWith('{"suggestions":[{"elementId":"calcium","amount":13', { stopReason: 'max_tokens' }),
      ],
    ])('ignores %s and lets the rules decide alone', async (_, answer) => {
      const ai = await draftService(answer(new FakeBedrockClient()));
      const tank = await keeperOnPlan(runtime, 'TRIAL');
      try {
        const withAi = drafted(await ensure(tank, newTestId(), today, mixedIcp(), ai.sut));
        const rulesOnly = drafted(await ensure(tank, newTestId(), today, mixedIcp()));

        expect(withAi.program.elements).toEqual(rulesOnly.program.elements);
        expect(withAi.suggestions).toEqual(rulesOnly.suggestions);
        expect(withAi.suggestions.every((s) => s.origin === 'RULES')).toBe(true);
      } finally {
        await ai.close();
      }
    });
  });
});
