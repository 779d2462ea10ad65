import { defaultCanon } from '../canon';
import { looksLikeIcpReport } from './icp-evidence';

const canon = defaultCanon();
const elements = ['Natrium', 'Magnesium', 'Calcium', 'Kalium', 'Strontium', 'Bor', 'Brom', 'Schwefel'];

describe('looksLikeIcpReport', () => {
  it('takes a text naming a lab RaM knows as a report', () => {
    expect(looksLikeIcpReport('Results: see the chart', canon, true)).toBe(true);
  });

  it('takes a text with eight different elements as a report, whoever issued it', () => {
    expect(looksLikeIcpReport(elements.map((e) => `${e}\t1\tmg/l`).join('\n'), canon, false)).toBe(true);
  });

  it('does not take an invoice that mentions a copper test as a report', () => {
    expect(looksLikeIcpReport('Rechnung Nr. 1\nKupfer Test\t1\t12,50 EUR\nMeersalz 20 kg\t59,90 EUR', canon, false)).toBe(false);
  });
});
