import { Injectable } from '@nestjs/common';
import { type PdfCost, estimatedPdfCost, meteredPdfCosts } from '../../domain/admin';
import { addDays, daysBetween } from '../../domain/dosing/calendar';
import { runtimeConfig } from '../../shared/config';
import { InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import { Clock } from '../account/clock';
import { UNIT_PRICES_USD } from '../platform/usage-event.repository';
import { type CostExplorerAnswer, CostExplorerPort, type CostPeriod } from './cost-explorer/cost-explorer.port';
import type { CostsDto } from './dto/admin.dto';
import { ConfigStoreRepository } from './read-model/config-store.repository';
import { IcpTestReader } from './read-model/icp-test.reader';
import { UsageEventReader, isMetered } from './read-model/usage-event.reader';

/** Cost Explorer bills every request: an answer is reused for this long. */
export const COST_CACHE_HOURS = 6;
/** The per-PDF table covers at most this many days (one index Query per day). */
export const PDF_TABLE_MAX_DAYS = 62;
const MAX_PERIOD_DAYS = 366;

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const previousMonth = (day: string) => firstOfMonth(addDays(firstOfMonth(day), -1));

/** Actual AWS spend (Cost Explorer, cached) beside RaM's per-PDF attribution from usage events. */
@Injectable()
export class CostsService {
  constructor(
    private readonly explorer: CostExplorerPort,
    private readonly cache: ConfigStoreRepository,
    private readonly usage: UsageEventReader,
    private readonly tests: IcpTestReader,
    private readonly clock: Clock,
  ) {}

  async costs(request: CostsDto) {
    if (request.testId) return { pdf: await this.pdfCost(request.testId) };
    const today = this.clock.now().toISOString().slice(0, 10);
    const periods = this.periods(request, today);
    const actuals = await Promise.all(periods.map((p) => this.actuals(p)));
    // The per-PDF table spans the asked period, up to its last PDF_TABLE_MAX_DAYS days.
    const last = addDays(periods.at(-1)!.to, -1) < today ? addDays(periods.at(-1)!.to, -1) : today;
    const first = periods[0].from > addDays(last, -(PDF_TABLE_MAX_DAYS - 1)) ? periods[0].from : addDays(last, -(PDF_TABLE_MAX_DAYS - 1));
    const events = (await this.usage.days(first, last)).filter(isMetered);
    const pdfs = meteredPdfCosts(events);
    return {
      environment: runtimeConfig().env,
      periods: actuals,
      pdfs: { from: first, to: last, items: pdfs, totalUsd: Math.round(pdfs.reduce((n, p) => n + p.totalUsd, 0) * 1e6) / 1e6 },
      unitPrices: UNIT_PRICES_USD,
    };
  }

  /** Month to date and last month, or the one period asked for (`to` inclusive in the request). */
  private periods(request: CostsDto, today: string): CostPeriod[] {
    if (!request.from && !request.to) {
      return [
        { from: previousMonth(today), to: firstOfMonth(today) },
        { from: firstOfMonth(today), to: addDays(today, 1) },
      ];
    }
    const from = request.from ?? firstOfMonth(request.to!);
    const to = request.to ?? today;
    const real = (day: string) => !Number.isNaN(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
    if (!real(from) || !real(to)) throw new InvalidRequestError('from and to must be real dates', { field: 'from' });
    if (to < from) throw new InvalidRequestError('to must not be before from', { field: 'to' });
    if (daysBetween(from, to) >= MAX_PERIOD_DAYS)
      throw new InvalidRequestError(`from and to must be at most ${MAX_PERIOD_DAYS} days apart`, { field: 'from' });
    return [{ from, to: addDays(to, 1) }];
  }

  private async actuals(period: CostPeriod): Promise<CostExplorerAnswer & { cachedAt?: string }> {
    const env = runtimeConfig().env;
    const name = `cost-explorer#${env}#${period.from}#${period.to}`;
    const now = this.clock.now();
    const cached = await this.cache.cached<CostExplorerAnswer>(name);
    if (cached && now.getTime() - Date.parse(cached.cachedAt) < COST_CACHE_HOURS * 3_600_000)
      return { ...cached.value, cachedAt: cached.cachedAt };
    let answer: CostExplorerAnswer;
    try {
      answer = await this.explorer.actuals(period, env);
    } catch (error) {
      logger.warn('Cost Explorer did not answer', { error: error as Error });
      if (cached) return { ...cached.value, cachedAt: cached.cachedAt };
      return { available: false, reason: `Cost Explorer did not answer: ${(error as Error).name}` };
    }
    if (answer.available) await this.cache.cache(name, answer, now);
    return answer;
  }

  /** One report's cost: metered when its events exist, else estimated from the stored test. */
  private async pdfCost(testId: string): Promise<PdfCost> {
    const metered = meteredPdfCosts((await this.usage.forCorrelation(testId)).filter(isMetered));
    if (metered[0]) return metered[0];
    const stored = await this.tests.icpTest(testId);
    if (!stored) throw new NotFoundError('ICP test');
    return estimatedPdfCost(stored, UNIT_PRICES_USD);
  }
}
