/**
 * A stored code as words a keeper reads, e.g. `humanizeCode('FAUNA_MARIN')` → `Fauna Marin`.
 */
export function humanizeCode(code: string): string {
  return code
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** A greeting for the hour of the day on the keeper's clock. */
export function greetingFor(date: Date): string {
  const hour = date.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}
