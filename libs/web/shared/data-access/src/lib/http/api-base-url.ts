import { InjectionToken } from '@angular/core';

/** Where the REST API lives; the web app is served by the API itself, so the default is `/api`. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api',
});
