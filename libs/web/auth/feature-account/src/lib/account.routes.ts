import type { Route } from '@angular/router';
import { ForgotPassword } from './forgot-password/forgot-password';
import { Register } from './register/register';
import { ResetPassword } from './reset-password/reset-password';
import { VerifyEmail } from './verify-email/verify-email';

/** /register */
export const registerRoutes: Route[] = [{ path: '', component: Register }];

/** /verify-email?token=… (the link in the confirmation mail) */
export const verifyEmailRoutes: Route[] = [
  { path: '', component: VerifyEmail },
];

/** /forgot-password */
export const forgotPasswordRoutes: Route[] = [
  { path: '', component: ForgotPassword },
];

/** /reset-password?token=… (the link in the reset mail) */
export const resetPasswordRoutes: Route[] = [
  { path: '', component: ResetPassword },
];
