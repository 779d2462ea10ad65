import { readFileSync } from 'node:fs';
import { FUNCTION_NAMES, SCHEDULES } from '../catalogue';

/**
 * `npm run invoke -- <function> [event.json]`: runs a handler inside the running local runtime
 * (so it sees the same tables, queues and sockets). A schedule's target gets its scheduled event.
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
      ? { 'detail-type': 'Scheduled Event', source: 'aws.events', time: new Date().toISOString(), resources: [`rule/${schedule.name}`], detail: {} }
      : {};
  const port = process.env.PORT ?? '3000';
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${port}/_local/invoke/${fn}`, { method: 'POST', body: JSON.stringify(event), headers: { 'content-type': 'application/json' } });
  } catch {
    process.stderr.write(`Nothing answers on port ${port}: start the product first with \`npm start\` (or set PORT).\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  process.exit(response.ok ? 0 : 1);
}

void main();
