/** One release in the changelog. */
export interface Release {
  readonly version: string;
  readonly date?: string;
  readonly notes: readonly string[];
}

const HEADING = /^##\s+\[?([^\]\s]+)\]?(?:\s+[-–]\s+(\d{4}-\d{2}-\d{2}))?\s*$/;

/**
 * The releases of a Keep-a-Changelog style file, newest first as written: each `## [version] - date`
 * heading with the bullet points under it (sub-headings such as `### Added` prefix their bullets).
 *
 * @example parseReleaseNotes('## [0.2.0] - 2026-12-01\n- Admin console\n') // [{ version: '0.2.0', date: '2026-12-01', notes: ['Admin console'] }]
 */
export function parseReleaseNotes(markdown: string): Release[] {
  const releases: { version: string; date?: string; notes: string[] }[] = [];
  let section: string | undefined;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = HEADING.exec(line);
    if (heading) {
      releases.push({ version: heading[1], ...(heading[2] ? { date: heading[2] } : {}), notes: [] });
      section = undefined;
      continue;
    }
    const current = releases.at(-1);
    if (!current) continue;
    if (line.startsWith('### ')) section = line.slice(4).trim();
    else if (/^[-*]\s+/.test(line)) current.notes.push(`${section ? `${section}: ` : ''}${line.replace(/^[-*]\s+/, '')}`);
  }
  return releases;
}
