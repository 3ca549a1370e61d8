export function apiEvents(): string {
  return 'api-events';
}
