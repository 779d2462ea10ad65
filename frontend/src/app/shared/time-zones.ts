export interface TimeZoneChoice {
  readonly value: string;
  readonly label: string;
}

export interface TimeZoneGroup {
  readonly region: string;
  readonly zones: readonly TimeZoneChoice[];
}

// Engines without Intl.supportedValuesOf still get a usable list.
const FALLBACK_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Australia/Sydney',
];

function supportedZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? FALLBACK_ZONES;
  } catch {
    return FALLBACK_ZONES;
  }
}

function offsetOf(zone: string, at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** `America/Argentina/Buenos_Aires` → `Argentina / Buenos Aires`. */
function placeOf(zone: string): string {
  const place = zone.includes('/') ? zone.slice(zone.indexOf('/') + 1) : zone;
  return place.replaceAll('_', ' ').replaceAll('/', ' / ');
}

/**
 * Every IANA time zone the browser knows, grouped by region for a picker, each with its current
 * offset. Zones in `include` (e.g. a tank's stored zone the browser does not list) are added.
 *
 * @example timeZoneGroups(new Date('2026-01-15T12:00:00Z')).find((g) => g.region === 'Europe')
 *   ?.zones.find((z) => z.value === 'Europe/Berlin'); // { value: 'Europe/Berlin', label: 'Berlin (GMT+1)' }
 */
export function timeZoneGroups(at: Date, include: readonly string[] = []): TimeZoneGroup[] {
  const zones = [...new Set([...supportedZones(), 'UTC', ...include.filter(Boolean)])];
  const groups = new Map<string, TimeZoneChoice[]>();
  for (const zone of zones) {
    const region = zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : 'Other';
    const offset = offsetOf(zone, at);
    const label = offset && zone !== 'UTC' ? `${placeOf(zone)} (${offset})` : placeOf(zone);
    groups.set(region, [...(groups.get(region) ?? []), { value: zone, label }]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'Other' ? 1 : b === 'Other' ? -1 : a.localeCompare(b)))
    .map(([region, choices]) => ({
      region,
      zones: choices.sort((a, b) => a.label.localeCompare(b.label)),
    }));
}

/** The browser's own time zone, e.g. `Europe/Berlin`; UTC when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
