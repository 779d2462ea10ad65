#!/usr/bin/env node
// `npm run deploy:bootstrap -- --stack <name>`: creates the account-wide pieces once per AWS account (state
// bucket, GitHub OIDC deploy role, API Gateway logging role, verified SES mail domain, opt-in cost tags),
// so the dev and prod stacks can then deploy in either order. Runs `pulumi preview`, then asks before `up`
// (pass --yes to skip the question, e.g. from a script). Needs the Pulumi CLI and AWS credentials.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const program = join(dirname(fileURLToPath(import.meta.url)), '..', 'infra', 'bootstrap');
const args = process.argv.slice(2);
const stackAt = args.indexOf('--stack');
const stack = stackAt >= 0 ? args[stackAt + 1] : undefined;
if (!stack) {
  process.stderr.write('usage: npm run deploy:bootstrap -- --stack <name> [--yes]   (the committed stack is "account")\n');
  process.exit(2);
}

function pulumi(...command) {
  const result = spawnSync('pulumi', [...command, '--cwd', program], { stdio: 'inherit' });
  if (result.error) {
    process.stderr.write(`Could not run the Pulumi CLI (${result.error.message}). Install it first: see docs/deploy.md.\n`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

pulumi('stack', 'select', stack, '--create');
pulumi('preview', '--stack', stack);
pulumi('up', '--stack', stack, ...(args.includes('--yes') ? ['--yes'] : []));
pulumi('stack', 'output', '--stack', stack);
