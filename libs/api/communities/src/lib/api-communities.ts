export function apiCommunities(): string {
  return 'api-communities';
}
