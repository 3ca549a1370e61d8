import type { Attendee } from '@sce/shared-contracts';

/**
 * One CSV cell. Text a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe; quotes are doubled and every cell quoted.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function attendeesCsv(attendees: Attendee[]): string {
  const header = ['Name', 'Organisation', 'Email', 'Answer', 'Waitlist position', 'Answered at (UTC)'];
  const lines = [header, ...attendees.map((a) => [a.person.displayName, a.organisation, a.email, a.status, a.waitlistPosition, a.answeredAt])];
  // A byte order mark so spreadsheet programs read the names as UTF-8.
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
