export function apiThreads(): string {
  return 'api-threads';
}
