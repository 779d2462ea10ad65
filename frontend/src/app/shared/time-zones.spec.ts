import { timeZoneGroups } from './time-zones';

describe('timeZoneGroups', () => {
  const winter = new Date('2026-01-15T12:00:00Z');

  it('groups the zones by region with their place and current offset', () => {
    const europe = timeZoneGroups(winter).find((group) => group.region === 'Europe');

    expect(europe?.zones).toContainEqual({ value: 'Europe/Berlin', label: 'Berlin (GMT+1)' });
  });

  it('writes nested places and underscores as words', () => {
    const america = timeZoneGroups(winter).find((group) => group.region === 'America');

    expect(
      america?.zones.find((zone) => zone.value === 'America/Argentina/Rio_Gallegos')?.label,
    ).toBe('Argentina / Rio Gallegos (GMT-3)');
  });

  it('always offers UTC, last, and keeps a stored zone the browser does not list', () => {
    const groups = timeZoneGroups(winter, ['Etc/GMT+5']);

    expect(groups.at(-1)?.region).toBe('Other');
    expect(groups.at(-1)?.zones).toContainEqual({ value: 'UTC', label: 'UTC' });
    expect(groups.flatMap((group) => group.zones).some((zone) => zone.value === 'Etc/GMT+5')).toBe(
      true,
    );
  });
});
