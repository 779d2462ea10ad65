/**
 * What one ICP report cost to process: the metered usage events of its correlation id (the test
 * id), or for reports from before metering an estimate from what the stored test says.
 */

export type MeteredResource =
  'S3_STORAGE_GB_MONTH' | 'LAMBDA_GB_SECONDS' | 'BEDROCK_INPUT_TOKENS' | 'BEDROCK_OUTPUT_TOKENS' | 'SQS_REQUESTS';

export type UnitPrices = Readonly<Record<MeteredResource, number>>;

export interface MeteredEvent {
  readonly userId: string;
  readonly tankId: string;
  readonly correlationId: string;
  readonly resourceType: MeteredResource;
  readonly quantity: number;
  readonly estimatedUsd: number;
  readonly createdAt: string;
}

export interface ResourceCost {
  readonly resourceType: MeteredResource;
  readonly quantity: number;
  readonly usd: number;
}

export interface PdfCost {
  readonly correlationId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly at: string;
  /** `METERED`: from usage events; `ESTIMATED`: from the stored test, before metering existed. */
  readonly basis: 'METERED' | 'ESTIMATED';
  readonly resources: readonly ResourceCost[];
  readonly totalUsd: number;
}

const usd = (value: number): number => Math.round(value * 1e8) / 1e8;

/**
 * One row per correlation id, newest first, with its cost split by resource.
 *
 * @example meteredPdfCosts([{ correlationId: 't1', resourceType: 'LAMBDA_GB_SECONDS', quantity: 3, estimatedUsd: 0.00004, … }])
 * // [{ correlationId: 't1', basis: 'METERED', resources: [{ resourceType: 'LAMBDA_GB_SECONDS', quantity: 3, usd: 0.00004 }], totalUsd: 0.00004, … }]
 */
export function meteredPdfCosts(events: readonly MeteredEvent[]): PdfCost[] {
  const groups = new Map<string, MeteredEvent[]>();
  for (const event of events) groups.set(event.correlationId, [...(groups.get(event.correlationId) ?? []), event]);
  return [...groups.entries()]
    .map(([correlationId, group]) => {
      const byResource = new Map<MeteredResource, { quantity: number; usd: number }>();
      for (const e of group) {
        const sum = byResource.get(e.resourceType) ?? { quantity: 0, usd: 0 };
        byResource.set(e.resourceType, { quantity: sum.quantity + e.quantity, usd: sum.usd + e.estimatedUsd });
      }
      const resources = [...byResource.entries()]
        .map(([resourceType, sum]) => ({ resourceType, quantity: Math.round(sum.quantity * 1e6) / 1e6, usd: usd(sum.usd) }))
        .sort((a, b) => b.usd - a.usd || a.resourceType.localeCompare(b.resourceType));
      const first = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      return {
        correlationId,
        userId: first.userId,
        tankId: first.tankId,
        at: first.createdAt,
        basis: 'METERED' as const,
        resources,
        totalUsd: usd(resources.reduce((total, r) => total + r.usd, 0)),
      };
    })
    .sort((a, b) => b.at.localeCompare(a.at) || a.correlationId.localeCompare(b.correlationId));
}

/** What a stored ICP test says about the work it took. */
export interface StoredIcpTest {
  readonly testId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly createdAt: string;
  /** Elements the report listed (each one evaluated by its own message). */
  readonly elements: number;
  /** Size of the PDF when known; typical reports are about 200 KB. */
  readonly fileBytes?: number;
}

/**
 * The assumptions behind estimates, measured on the local runtime's bench (a two-page lab report):
 * conversion ~2.5 s at 1.5 GB, evaluation ~0.15 s at 1 GB per element, three SQS requests per
 * element (send, receive, delete), the PDF kept in S3 for a month. Parsed reports use no Bedrock.
 */
export const ESTIMATE_ASSUMPTIONS = {
  convertGbSeconds: 2.5 * 1.5,
  evaluateGbSecondsPerElement: 0.15,
  sqsRequestsPerElement: 3,
  typicalPdfBytes: 200 * 1024,
} as const;

/**
 * An estimate for a report processed before usage was metered.
 *
 * @example estimatedPdfCost({ testId: 't0', elements: 40, … }, prices).basis // 'ESTIMATED'
 */
export function estimatedPdfCost(test: StoredIcpTest, prices: UnitPrices): PdfCost {
  const a = ESTIMATE_ASSUMPTIONS;
  const quantities: [MeteredResource, number][] = [
    ['LAMBDA_GB_SECONDS', a.convertGbSeconds + a.evaluateGbSecondsPerElement * test.elements],
    ['SQS_REQUESTS', a.sqsRequestsPerElement * test.elements],
    ['S3_STORAGE_GB_MONTH', (test.fileBytes ?? a.typicalPdfBytes) / 1024 ** 3],
  ];
  const resources = quantities
    .map(([resourceType, quantity]) => ({
      resourceType,
      quantity: Math.round(quantity * 1e6) / 1e6,
      usd: usd(quantity * prices[resourceType]),
    }))
    .sort((x, y) => y.usd - x.usd);
  return {
    correlationId: test.testId,
    userId: test.userId,
    tankId: test.tankId,
    at: test.createdAt,
    basis: 'ESTIMATED',
    resources,
    totalUsd: usd(resources.reduce((total, r) => total + r.usd, 0)),
  };
}
