/**
 * The in-app path to go to after signing in: `returnUrl` when it is a path of this app
 * ("/communities/x?tab=2"), else "/". Rejects other sites ("//evil.example", "https://…",
 * "/\\evil.example"), control characters, and the sign-in page itself.
 */
export function safeReturnUrl(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/.test(value) ||
    /^\/sign-in(?:[/?#]|$)/.test(value)
  ) {
    return '/';
  }
  return value;
}
