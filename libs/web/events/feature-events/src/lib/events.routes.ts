import { inject } from '@angular/core';
import type { ResolveFn, Route } from '@angular/router';
import { signedInGuard } from '@sce/web-auth-data-access';
import {
  EventPageStore,
  EventsCalendarStore,
} from '@sce/web-events-data-access';
import {
  I18nService,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { map } from 'rxjs';
import { EditEvent } from './edit-event/edit-event';
import { EventPage } from './event-page/event-page';
import { EventsPage } from './events-page/events-page';

/**
 * A page title naming the event (`key` with `{title}`; no key: the title itself). Resolving it
 * starts loading the event, so the page renders with it already there.
 */
export function eventTitle(key?: TranslationKey): ResolveFn<string> {
  return (route) => {
    const store = inject(EventPageStore);
    const i18n = inject(I18nService);
    const id = route.paramMap.get('id') ?? route.parent?.paramMap.get('id') ?? '';
    return store.load(id).pipe(
      map((event) => {
        if (event === null) {
          return store.status() === 'not-found'
            ? 'events.title.notFound'
            : 'events.title.event';
        }
        return key ? i18n.translate(key, { title: event.title }) : event.title;
      }),
    );
  };
}

/** `/events` (calendar and list), `/events/:id` and `/events/:id/edit`. */
export const eventsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'events.title.calendar',
    component: EventsPage,
    providers: [EventsCalendarStore],
  },
  {
    path: ':id',
    providers: [EventPageStore],
    children: [
      { path: '', title: eventTitle(), component: EventPage },
      {
        path: 'edit',
        title: eventTitle('events.title.edit'),
        canActivate: [signedInGuard],
        component: EditEvent,
      },
    ],
  },
];
