import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PRODUCT_METRIC_KEYS, PRODUCT_METRICS, PRODUCT_METRICS_NAMESPACE } from '../../backend/src/catalogue';
import { productMetric, productMetricByLab } from './product-metrics';

const repoRoot = join(__dirname, '..', '..');
const DEFINITION = 'backend/src/catalogue/product-metrics.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [relative(repoRoot, path)] : [];
  });
}

describe('product metrics in infra', () => {
  it('reads each metric under the namespace and names the backend writes, by environment (and lab where split)', () => {
    expect(productMetric('uploads', 'dev')).toEqual({
      namespace: PRODUCT_METRICS_NAMESPACE,
      metricName: PRODUCT_METRICS.uploads.name,
      dimensions: { environment: 'dev' },
    });
    expect(productMetric('extractionFailures', 'prod', 'ATI').dimensions).toEqual({ environment: 'prod', lab: 'ATI' });
    expect(() => productMetricByLab('uploads', 'dev')).toThrow(/not written by lab/);
  });

  it('spells no metric name or the namespace anywhere but in the one shared definition', () => {
    const files = [...sourceFiles(join(repoRoot, 'infra')), ...sourceFiles(join(repoRoot, 'backend', 'src'))].filter(
      (file) => file !== DEFINITION,
    );
    const literals = [PRODUCT_METRICS_NAMESPACE, ...PRODUCT_METRIC_KEYS.map((metric) => PRODUCT_METRICS[metric].name)].map(
      (name) => new RegExp(`['"\`]${name}['"\`]`),
    );
    const copies = files.flatMap((file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      return literals.filter((literal) => literal.test(text)).map((literal) => `${file}: ${literal.source}`);
    });
    expect(copies).toEqual([]);
    // The definition itself does hold them (so the check above looks for something real).
    const definition = readFileSync(join(repoRoot, DEFINITION), 'utf8');
    expect(literals.every((literal) => literal.test(definition))).toBe(true);
  });
});
