import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FUNCTION_NAMES, SCHEDULES } from '../catalogue';

const dataDir = resolve(process.env.RAM_DATA_DIR ?? join(__dirname, '../../..', '.data'));

/**
 * `npm run invoke -- <function> [event.json]`: runs a handler inside the running local runtime
 * (so it sees the same tables, queues and sockets). A schedule's target gets its scheduled event.
 * It calls the runtime's loopback operator port with the local-admin token, both read from
 * `<data>/operator.json`, which the running runtime writes for its own user only.
 */
async function main(): Promise<void> {
  const [fn, eventFile] = process.argv.slice(2);
  if (!fn || !(FUNCTION_NAMES as readonly string[]).includes(fn)) {
    process.stderr.write(`Usage: npm run invoke -- <function> [event.json]\nFunctions: ${FUNCTION_NAMES.join(', ')}\n`);
    process.exit(2);
  }
  const schedule = SCHEDULES.find((s) => s.target === fn);
  const event = eventFile
    ? JSON.parse(readFileSync(eventFile, 'utf8'))
    : schedule
      ? {
          'detail-type': 'Scheduled Event',
          source: 'aws.events',
          time: new Date().toISOString(),
          resources: [`rule/${schedule.name}`],
          detail: {},
        }
      : {};
  const operatorFile = join(dataDir, 'operator.json');
  if (!existsSync(operatorFile)) {
    process.stderr.write(`No running runtime found (${operatorFile} is missing): start the product first with \`npm start\`.\n`);
    process.exit(1);
  }
  const operator = JSON.parse(readFileSync(operatorFile, 'utf8')) as { url: string; token: string };
  let response: Response;
  try {
    response = await fetch(`${operator.url}/_local/invoke/${fn}`, {
      method: 'POST',
      body: JSON.stringify(event),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${operator.token}` },
    });
  } catch {
    process.stderr.write(`Nothing answers on ${operator.url}: start the product first with \`npm start\`.\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  process.exit(response.ok ? 0 : 1);
}

void main();
