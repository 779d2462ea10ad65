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

  it('draws the doses as a light, thin series behind the readings and the projection', () => {
    const series = seriesOf(trendChartOption(elementTrendFactory()));
    const bar = series.find((each) => each.type === 'bar')!;
    const lines = series.filter((each) => each.type === 'line');

    expect(bar['barMaxWidth']).toBe(6);
    expect((bar['itemStyle'] as { color: string }).color).toBe('rgba(148, 163, 184, 0.45)');
    for (const line of lines) expect(line['z'] as number).toBeGreaterThan(bar['z'] as number);
    expect(
      seriesOf(trendChartOption(elementTrendFactory(), { compact: true })).find(
        (each) => each.type === 'bar',
      )?.['barMaxWidth'],
    ).toBe(3);
  });

  it('gives a phone-wide chart fewer, shorter, slanted dates that do not overlap', () => {
    type Axis = {
      splitNumber: number;
      axisLabel: { hideOverlap: boolean; rotate: number; formatter: (value: number) => string };
    };
    const wide = trendChartOption(elementTrendFactory())['xAxis'] as Axis;
    const phone = trendChartOption(elementTrendFactory(), { compact: true })['xAxis'] as Axis;

    expect(wide.axisLabel.formatter(day('2026-03-05'))).toBe('5 Mar 2026');
    expect(phone.axisLabel.formatter(day('2026-03-05'))).toBe('5 Mar');
    expect(phone.splitNumber).toBeLessThan(wide.splitNumber);
    expect(phone.axisLabel.rotate).toBeGreaterThan(0);
    expect(phone.axisLabel.hideOverlap).toBe(true);
  });

  it('writes the value axis and the tooltip in the keeper’s number format', () => {
    const option = trendChartOption(elementTrendFactory());
    const axis = (
      option['yAxis'] as { axisLabel: { formatter: (v: number) => string; hideOverlap: boolean } }[]
    )[0];
    const tooltip = option['tooltip'] as { valueFormatter: (v: number) => string };

    expect(axis.axisLabel.formatter(1350.4)).toBe('1,350');
    expect(axis.axisLabel.hideOverlap).toBe(true);
    expect(tooltip.valueFormatter(0.045321)).toBe('0.04532');
  });
});
