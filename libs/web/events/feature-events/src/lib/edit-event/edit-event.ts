import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { EventPageStore } from '@sce/web-events-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EventForm } from '../event-form/event-form';
import {
  toFormValue,
  toUpdateRequest,
  type EventFormValue,
} from '../event-form/event-input';

/**
 * `/events/:id/edit`: the event form filled with the event, for its organisers and the
 * community's moderators. Only what changed is sent, so that people who answered are told about
 * a new time or place and not about a corrected typo.
 */
@Component({
  selector: 'sce-edit-event',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader, EmptyState, EventForm],
  template: `
    @switch (store.status()) {
      @case ('loaded') {
        @if (store.event(); as event) {
          <sce-page-header
            [heading]="'events.edit.heading' | t"
            [lead]="'events.edit.lead' | t: { title: event.title }"
          />
          @if (!event.viewer.canEdit) {
            <sce-empty-state [message]="'events.edit.notAllowed' | t">
              <a [routerLink]="['/events', event.id]">{{ 'events.edit.back' | t }}</a>
            </sce-empty-state>
          } @else if (event.status === 'cancelled') {
            <sce-empty-state [message]="'events.edit.cancelled' | t">
              <a [routerLink]="['/events', event.id]">{{ 'events.edit.back' | t }}</a>
            </sce-empty-state>
          } @else if (initial(); as initial) {
            <sce-event-form
              [initial]="initial"
              submitKey="events.edit.submit"
              pendingKey="events.edit.saving"
              [pending]="pending()"
              [cancelLink]="['/events', event.id]"
              (saved)="save($event)"
            />
          }
        }
      }
      @case ('not-found') {
        <sce-page-header [heading]="'events.notFound.heading' | t" />
        <sce-empty-state [message]="'events.notFound.body' | t">
          <a routerLink="/events">{{ 'events.notFound.link' | t }}</a>
        </sce-empty-state>
      }
      @case ('error') {
        <sce-page-header [heading]="'events.edit.heading' | t" />
        <sce-empty-state tone="error" [message]="'events.loadFailed' | t">
          <button matButton="outlined" type="button" (click)="store.retry()">
            {{ 'events.retry' | t }}
          </button>
        </sce-empty-state>
      }
      @default {
        <p class="loading" role="status">{{ 'events.loading' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      --sce-form-width: 40rem;
    }
    .loading {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EditEvent {
  protected readonly store = inject(EventPageStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly form = viewChild(EventForm);

  /** The form starts from the event as loaded. */
  protected readonly initial = computed(() => {
    const event = this.store.event();
    return event ? toFormValue(event) : null;
  });
  protected readonly pending = signal(false);

  protected save(value: EventFormValue): void {
    const event = this.store.event();
    if (event === null) {
      return;
    }
    const patch = toUpdateRequest(event, value);
    if (patch === null) {
      this.announcer.announce('events.edit.unchanged');
      void this.router.navigate(['/events', event.id]);
      return;
    }
    this.pending.set(true);
    this.store
      .update(patch)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (changed) => {
          this.announcer.announce('events.edit.saved', { title: changed.title });
          void this.router.navigate(['/events', changed.id]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.form()?.showApiError(error, {
            EVENT_CANCELLED: 'events.edit.cancelled',
            FORBIDDEN: 'events.edit.notAllowed',
          });
        },
      });
  }
}
