import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { EventSummary } from '@sce/shared-contracts';
import { EventsApi, ViewerTimeZone } from '@sce/web-events-data-access';
import { TranslatePipe, isApiError } from '@sce/web-shared-data-access';
import { EventItem } from '../event-item/event-item';

/** How many upcoming events the community page shows. */
export const COMMUNITY_PAGE_EVENTS = 3;

type State =
  | { status: 'loading' }
  | { status: 'loaded'; events: readonly EventSummary[] }
  | { status: 'error' }
  /** The viewer may not see the community's events: the section is left out. */
  | { status: 'hidden' };

/**
 * "Upcoming events" on a community's page: its next three events, a link to all of them and,
 * for members, to organise one. Loaded by the communities feature after the page, so the page
 * does not wait for it (and does not carry the events code).
 */
@Component({
  selector: 'sce-community-events',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, EventItem],
  template: `
    @if (state().status !== 'hidden') {
      <section class="events" aria-labelledby="community-events-heading">
        <h2 id="community-events-heading" class="heading">
          {{ 'events.community.heading' | t }}
        </h2>
        @switch (state().status) {
          @case ('error') {
            <p class="muted" role="alert">
              {{ 'events.community.failed' | t }}
              <button matButton type="button" (click)="load()">
                {{ 'events.retry' | t }}
              </button>
            </p>
          }
          @case ('loading') {
            <p class="muted" role="status">{{ 'events.list.loading' | t }}</p>
          }
          @default {
            @if (events().length === 0) {
              <p class="muted">{{ 'events.community.empty' | t }}</p>
            } @else {
              <ul class="list" role="list">
                @for (event of events(); track event.id) {
                  <li>
                    <sce-event-item
                      [event]="event"
                      [zone]="viewer.zone()"
                      [locale]="viewer.locale()"
                      [withDate]="true"
                      [showCommunity]="false"
                    />
                  </li>
                }
              </ul>
            }
          }
        }
        <div class="actions">
          <a [routerLink]="['/communities', slug(), 'events']">{{
            'events.community.all' | t
          }}</a>
          @if (canPost()) {
            <a matButton="outlined" [routerLink]="['/communities', slug(), 'new-event']">{{
              'events.community.new' | t
            }}</a>
          }
        </div>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .events {
      margin-block: 2rem;
    }
    .heading {
      margin: 0 0 1rem;
      font: var(--mat-sys-headline-small);
    }
    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list li {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1.5rem;
      margin-block-start: 1rem;
    }
  `,
})
export class CommunityEvents {
  /** The community's slug, and whether the viewer may organise events there. */
  readonly slug = input.required<string>();
  readonly canPost = input(false);

  protected readonly viewer = inject(ViewerTimeZone);
  private readonly api = inject(EventsApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly state = signal<State>({ status: 'loading' });
  protected readonly events = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.events : [];
  });

  constructor() {
    effect(() => {
      this.slug();
      untracked(() => this.load());
    });
  }

  protected load(): void {
    this.state.set({ status: 'loading' });
    this.api
      .inCommunity(this.slug(), 'upcoming', null, COMMUNITY_PAGE_EVENTS)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.state.set({ status: 'loaded', events: page.items }),
        error: (error: unknown) =>
          this.state.set({
            status:
              isApiError(error, 404) || isApiError(error, 403)
                ? 'hidden'
                : 'error',
          }),
      });
  }
}
