import { bundledSeedFiles } from './bundled-seeds';
import { planSeedChanges, rowKey } from './plan-seed-changes';
import { SeedPlanError } from './seed-errors';
import { aTestElement, aTestPanel } from './seed.factory';
import { SeedRow, testElementRows, toRows } from './to-rows';

const rowsOf = (...elements: ReturnType<typeof aTestElement>[]): SeedRow[] => testElementRows(aTestPanel({ elements }));
const bromine = aTestElement();
const copper = aTestElement({ elementId: 'copper', name: 'Copper', canonical: 'Copper', aliases: ['Kupfer'] });

describe('planSeedChanges', () => {
  const sut = planSeedChanges;

  it('puts every row into empty tables', () => {
    const desired = rowsOf(bromine, copper);

    expect(sut(desired, [])).toEqual({ puts: desired, retirements: [], unchanged: [] });
  });

  it('plans no write when the seeds are loaded a second time', () => {
    const desired = toRows(bundledSeedFiles());

    const plan = sut(desired, desired);

    expect(plan.puts).toHaveLength(0);
    expect(plan.retirements).toHaveLength(0);
    expect(plan.unchanged).toHaveLength(desired.length);
  });

  it('rewrites only the row whose content changed', () => {
    const stored = rowsOf(bromine, copper);
    const desired = rowsOf(bromine, { ...copper, validationRequired: false });

    const plan = sut(desired, stored);

    expect(plan.puts.map((r) => r.item.element_id)).toEqual(['copper']);
    expect(plan.unchanged.map((r) => r.item.element_id)).toEqual(['bromine']);
  });

  it('retires a stored row the seeds no longer mention instead of deleting it', () => {
    const stored = rowsOf(bromine, copper);

    const plan = sut(rowsOf(bromine), stored);

    expect(plan.retirements).toEqual([{ table: 'test-element', item: { ...stored[1].item, retired: true } }]);
    expect(plan.puts).toHaveLength(0);
  });

  it('leaves a row that was retired before alone', () => {
    const [storedCopper] = rowsOf(copper);
    const retired = { ...storedCopper, item: { ...storedCopper.item, retired: true } };

    expect(sut(rowsOf(bromine), [retired]).retirements).toHaveLength(0);
  });

  it('brings a retired row back when the seeds mention it again', () => {
    const desired = rowsOf(copper);
    const retired = { ...desired[0], item: { ...desired[0].item, retired: true } };

    expect(sut(desired, [retired]).puts).toEqual(desired);
  });

  it('tells rows apart by table key, not by content', () => {
    const atOceamo = rowsOf(bromine);
    const atTriton = testElementRows(aTestPanel({ panel: 'TRITON', elements: [bromine] }));

    const plan = sut(atTriton, atOceamo);

    expect(plan.puts).toEqual(atTriton);
    expect(plan.retirements.map((r) => r.item.panel)).toEqual(['OCEAMO']);
  });

  it('refuses two desired rows with one key', () => {
    expect(() => sut([...rowsOf(bromine), ...rowsOf(bromine)], [])).toThrow(SeedPlanError);
  });
});

describe('rowKey', () => {
  it("joins the table's partition and sort key values", () => {
    expect(rowKey({ table: 'dose-element', item: { method: 'CUSTOM', element_id: 'iodine' } })).toBe('dose-element|CUSTOM|iodine');
  });
});
