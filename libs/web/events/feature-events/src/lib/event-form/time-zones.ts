/** A zone of the time zone select: its IANA id and the name people read (`America/New York`). */
export interface TimeZoneOption {
  id: string;
  label: string;
}

function knownZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [
      'Europe/Amsterdam',
      'Europe/Berlin',
      'Europe/Brussels',
      'Europe/Copenhagen',
      'Europe/London',
      'Europe/Oslo',
      'Europe/Stockholm',
    ];
  }
}

/** Every zone the browser knows, sorted, with UTC and `current` among them. */
export function timeZoneOptions(current?: string): TimeZoneOption[] {
  const zones = new Set(knownZones());
  zones.add('UTC');
  if (current) {
    zones.add(current);
  }
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((id) => ({ id, label: id.replace(/_/g, ' ') }));
}
