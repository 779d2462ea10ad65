import { elementTrendFactory } from '../../../../testing/icp-factories';
import { trendChartOption } from './trend-chart-option';

type Series = { name: string; type: string; data: unknown[]; yAxisIndex?: number } & Record<
  string,
  unknown
>;

const seriesOf = (option: Record<string, unknown>) => option['series'] as Series[];
const day = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('trendChartOption', () => {
  it('draws the measured values on a time axis with gaps for readings without a value', () => {
    const [measured] = seriesOf(trendChartOption(elementTrendFactory()));

    expect(measured.type).toBe('line');
    expect(measured.data).toEqual([
      [day('2026-01-05'), 60],
      [day('2026-02-01'), null],
      [day('2026-03-01'), 38],
    ]);
    expect(measured['connectNulls']).toBe(false);
  });

  it('shades the target range as a band and marks the aim', () => {
    const [measured] = seriesOf(trendChartOption(elementTrendFactory()));

    expect(measured['markArea']).toMatchObject({ data: [[{ yAxis: 55 }, { yAxis: 70 }]] });
    expect(measured['markLine']).toMatchObject({ data: [{ yAxis: 62, name: 'Aim' }] });
  });

  it('adds up each day’s doses as bars on the second axis', () => {
    const option = trendChartOption(elementTrendFactory());
    const bars = seriesOf(option).filter((series) => series.type === 'bar');

    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatchObject({ name: 'Dosed (ml)', yAxisIndex: 1 });
    expect(bars[0].data).toEqual([
      [day('2026-02-10'), 3],
      [day('2026-02-11'), 1],
    ]);
    expect((option['yAxis'] as { name: string }[])[1].name).toBe('ml');
  });

  it('draws a projection from the last reading only when the API sent one', () => {
    const projected = seriesOf(trendChartOption(elementTrendFactory())).find(
      (series) => series.name === 'Projection',
    );
    expect(projected?.data).toEqual([
      [day('2026-03-01'), 38],
      [day('2026-03-31'), 30],
    ]);

    const basic = seriesOf(trendChartOption(elementTrendFactory({ projection: undefined })));
    expect(basic.map((series) => series.name)).toEqual(['Measured (µg/l)', 'Dosed (ml)']);
  });

  it('keeps the range in view when every reading lies outside it', () => {
    const option = trendChartOption(elementTrendFactory());
    const axis = (option['yAxis'] as Record<string, (extent: object) => number>[])[0];

    expect(axis['min']({ min: 80 })).toBe(55);
    expect(axis['max']({ max: 40 })).toBe(70);
  });
});
