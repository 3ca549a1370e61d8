export function apiDemoData(): string {
  return 'api-demo-data';
}
