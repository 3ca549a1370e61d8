export interface TimeZoneOption {
  /** IANA name, e.g. `Europe/Amsterdam`. */
  id: string;
  /** The name as people read it: `Europe/Amsterdam`, `America/New York`. */
  label: string;
}

/** The zones the browser knows, or a few of the region's when it cannot list them. */
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

/** Every IANA time zone, sorted, with `current` among them even if the browser does not list it. */
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
