const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A size in bytes as people read it, in the given locale: "820 bytes", "14 kB", "2.4 MB"
 * ("2,4 MB" in Dutch). Steps of 1024, like the API's limit ("25 MB" is 25 × 1024 × 1024 bytes);
 * one decimal below 10 units, none above.
 */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023.96 KB rounds to "1,024 KB": show the next unit instead.
  if (unit > 0 && unit < units.length - 1 && Math.round(value) >= 1024) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit > 0 && value < 10 ? 1 : 0,
  }).format(value);
}
