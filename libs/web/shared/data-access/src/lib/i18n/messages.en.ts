import type { Message } from './message';

/** English texts: complete, and the fallback for any key another language lacks. */
export const en = {
  'app.name': 'Smart Cities Exchange',

  'title.template': '{page} · Smart Cities Exchange',
  'title.home': 'Communities',
  'title.about': 'About',
  'title.notFound': 'Page not found',
  'title.signIn': 'Sign in',
  'title.register': 'Create an account',
  'title.verifyEmail': 'Confirm your email address',
  'title.forgotPassword': 'Forgot your password',
  'title.resetPassword': 'Choose a new password',

  'shell.skipLink': 'Skip to main content',
  'shell.nav.label': 'Main',
  'shell.nav.home': 'Home',
  'shell.nav.about': 'About',
  'shell.language.label': 'Language',
  'shell.account.signIn': 'Sign in',
  'shell.account.menu': 'Account',
  'shell.account.signOut': 'Sign out',
  'shell.account.signedIn': 'You are signed in as {name}.',
  'shell.account.signedOut': 'You have signed out.',
  'shell.account.signOutFailed':
    'Signing out failed. Check your connection and try again.',
  'shell.footer.label': 'About this site',
  'shell.footer.partnership':
    'Run by the Smart Cities Exchange partnership of cities, regions and universities around the North Sea.',
  'shell.footer.sample': 'This is a sample instance with demo data.',
  'shell.footer.about': 'About the platform',

  'home.hero.title': 'Share what works in digital public services',
  'home.hero.lead':
    'Smart Cities Exchange brings together city governments, regions and universities around the North Sea to share how they build e-government services: the practices that work, how they were transferred across borders, and what the evaluations found.',
  'home.communities.heading': 'Communities',
  'home.communities.loading': 'Loading communities…',
  'home.communities.loadingMore': 'Loading more communities…',
  'home.communities.error':
    'The communities could not be loaded. Check your connection and try again.',
  'home.communities.retry': 'Try again',
  'home.communities.empty': 'There are no communities to show yet.',
  'home.communities.loadMore': 'Show more communities',
  'home.communities.count': {
    one: 'Showing 1 community',
    other: 'Showing {count} communities',
  },

  'community.visibility.public': 'Public',
  'community.visibility.members': 'Members only',
  'community.visibility.private': 'Private',
  'community.members': { one: '{count} member', other: '{count} members' },
  'community.threads': { one: '{count} thread', other: '{count} threads' },
  'community.lastActivity': 'Last activity {date}',
  'community.noActivity': 'No activity yet',

  'about.title': 'About Smart Cities Exchange',
  'about.lead':
    'Smart Cities Exchange is a community of practice for the people who build digital public services in the North Sea Region.',
  'about.purpose.heading': 'What the platform is for',
  'about.purpose.body':
    'City governments, regions and national agencies around the North Sea, together with their academic partners, use the platform to learn from each other. They discuss how they deliver e-services, post research, meet at events and share documents.',
  'about.practices.heading': 'Practices, transfers and evaluations',
  'about.practices.body':
    'At its heart is a record of e-government practices: the problem a service solves, how it works and what it achieved. When one organisation adopts a practice from another, the transfer is followed step by step, with the adaptations it needed and the lessons learned. Evaluations score each practice on effectiveness, user satisfaction, cost efficiency and ease of transfer, so that others can see what works best and why.',
  'about.access.heading': 'Open to everyone, more for members',
  'about.access.body':
    'Anyone can read the public communities and practices. Civil servants and researchers who sign in can also join the members-only communities, ask questions and share their own work.',
  'about.operator.heading': 'Who runs it',
  'about.operator.body':
    'Smart Cities Exchange is run by the Smart Cities Exchange partnership of cities, regions and universities around the North Sea.',
  'about.sample':
    'This is a sample instance with demo data. The people, communities and discussions you see here are for demonstration only.',

  'signIn.heading': 'Sign in',
  'signIn.lead':
    'Sign in to join the members-only communities, ask questions and share your own work.',
  'signIn.email.label': 'Email address',
  'signIn.password.label': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.error.summary': 'There is a problem',
  'signIn.error.emailRequired': 'Enter your email address.',
  'signIn.error.emailInvalid':
    'Enter an email address in the right format, like name@example.org.',
  'signIn.error.passwordRequired': 'Enter your password.',
  'signIn.error.invalidCredentials': 'The email address or password is wrong.',
  'signIn.error.accountPending':
    'Your account is waiting for an administrator’s approval. You will get an email when it is approved.',
  'signIn.error.accountSuspended':
    'Your account is suspended. Contact the moderators if you think this is a mistake.',
  'signIn.error.failed':
    'Signing in failed. Check your connection and try again.',

  'signIn.createAccount': 'New here? Create an account',

  'register.heading': 'Create an account',
  'register.lead':
    'Civil servants and researchers of the partner organisations can join. We send you an email to confirm your address.',
  'register.email.label': 'Email address',
  'register.displayName.label': 'Display name',
  'register.displayName.hint': 'How others see you, 2 to 60 characters.',
  'register.organisation.label': 'Organisation',
  'register.organisation.choose': 'Choose your organisation',
  'register.organisation.loadFailed':
    'The list of organisations could not be loaded. Reload the page to try again.',
  'register.password.label': 'Password',
  'register.password.hint':
    'At least 12 characters. Common passwords are refused; a few unrelated words make a strong one.',
  'register.submit': 'Create account',
  'register.submitting': 'Creating account…',
  'register.done.heading': 'Check your email',
  'register.error.summary': 'There is a problem',
  'register.error.emailRequired': 'Enter your email address.',
  'register.error.emailInvalid':
    'Enter an email address in the right format, like name@example.org.',
  'register.error.displayNameLength':
    'Enter a display name of 2 to 60 characters.',
  'register.error.organisationRequired': 'Choose your organisation.',
  'register.error.passwordLength':
    'Enter a password of 12 to 128 characters.',
  'register.error.passwordRejected':
    'Choose a different password: this one is too common or too short.',
  'register.error.failed':
    'Creating the account failed. Check your connection and try again.',

  'verifyEmail.heading': 'Confirm your email address',
  'verifyEmail.checking': 'Confirming your email address…',
  'verifyEmail.active': 'Your address is confirmed — you can sign in now.',
  'verifyEmail.awaitingApproval':
    'Your address is confirmed; an administrator will approve your account. You will get an email when that has happened.',
  'verifyEmail.signIn': 'Go to sign in',
  'verifyEmail.linkInvalid':
    'This link is not valid or has expired. Register again to get a new one.',
  'verifyEmail.failed':
    'Confirming failed. Check your connection and reload the page to try again.',
  'verifyEmail.register': 'Create an account',

  'signIn.forgotPassword': 'Forgot your password?',

  'forgotPassword.heading': 'Forgot your password',
  'forgotPassword.lead':
    'Enter the email address of your account. We send you a link to choose a new password.',
  'forgotPassword.email.label': 'Email address',
  'forgotPassword.submit': 'Send link',
  'forgotPassword.submitting': 'Sending…',
  'forgotPassword.done.heading': 'Check your email',
  'forgotPassword.error.failed':
    'Sending the link failed. Check your connection and try again.',

  'resetPassword.heading': 'Choose a new password',
  'resetPassword.password.label': 'New password',
  'resetPassword.submit': 'Save password',
  'resetPassword.submitting': 'Saving…',
  'resetPassword.done': 'Your password has been changed. You can sign in now.',
  'resetPassword.signIn': 'Go to sign in',
  'resetPassword.forgot': 'Ask for a new link',
  'resetPassword.error.linkInvalid':
    'This link is not valid or has expired. Ask for a new one.',
  'resetPassword.error.failed':
    'Saving the password failed. Check your connection and try again.',

  'notFound.heading': 'Page not found',
  'notFound.body': 'The page you asked for does not exist or has moved.',
  'notFound.home': 'Go to the home page',
} as const satisfies Record<string, Message>;

export type TranslationKey = keyof typeof en;
