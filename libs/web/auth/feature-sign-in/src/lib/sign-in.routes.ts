import type { Route } from '@angular/router';
import { SignIn } from './sign-in/sign-in';

/** /sign-in; `?returnUrl=/path` says where to go afterwards. */
export const signInRoutes: Route[] = [{ path: '', component: SignIn }];
