import { writeFileSync } from 'fs';
import { publicBillingCatalog } from '../../backend/src/domain/billing/plan-catalog';
import { readStackOutputs, type StackOutputs } from './stack-outputs';

/**
 * The SPA's `/config.json` for a deployed environment, taken from that environment's stack outputs only:
 * nothing comes from repository variables, so a build cannot point at another environment's API.
 */
export function spaConfig(outputs: StackOutputs): Record<string, unknown> {
  return {
    apiUrl: outputs.restApiUrl,
    wsUrl: outputs.websocketUrl,
    environment: outputs.environment,
    identity: {
      kind: 'cognito',
      region: outputs.region,
      userPoolId: outputs.userPoolId,
      clientId: outputs.userPoolClientId,
    },
    // The prices Pulumi created in Stripe come from the same catalogue, so the app shows what checkout charges.
    billing: publicBillingCatalog(),
  };
}

// Usage: node -r esbuild-register infra/deploy/spa-config.ts <stack-outputs.json> <config.json>
if (require.main === module) {
  const [outputsFile, configFile] = process.argv.slice(2);
  writeFileSync(configFile, `${JSON.stringify(spaConfig(readStackOutputs(outputsFile)), null, 2)}\n`);
}
