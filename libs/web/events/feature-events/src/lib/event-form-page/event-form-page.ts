import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type Signal,
  TemplateRef,
  contentChild,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { EventDetail } from '@sce/shared-contracts';
import {
  Announcer,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import type { EventForm } from '../event-form/event-form';

/** What a page with the event form says when what the form is for cannot be found. */
export interface EventFormPageNotFound {
  heading: TranslationKey;
  body: TranslationKey;
  /** Where to go instead, and what the link says. */
  link: string;
  linkText: TranslationKey;
}

/**
 * The frame of the pages around the event form (new event, edit event): while the page's store
 * loads what the form is for, if that fails (with a retry) or is not there, the usual states; once
 * it is loaded, the page's own content, given as an `<ng-template>` (made only then).
 */
@Component({
  selector: 'sce-event-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
  ],
  template: `
    @switch (status()) {
      @case ('loaded') {
        <ng-container [ngTemplateOutlet]="loaded() ?? null" />
      }
      @case ('not-found') {
        <sce-page-header [heading]="notFound().heading | t" />
        <sce-empty-state [message]="notFound().body | t">
          <a [routerLink]="notFound().link">{{ notFound().linkText | t }}</a>
        </sce-empty-state>
      }
      @case ('error') {
        <sce-page-header [heading]="heading() | t" />
        <sce-empty-state tone="error" [message]="loadFailed() | t">
          <button matButton="outlined" type="button" (click)="retry.emit()">
            {{ 'events.retry' | t }}
          </button>
        </sce-empty-state>
      }
      @default {
        <p class="loading" role="status">{{ loading() | t }}</p>
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
export class EventFormPage {
  /** The status of the page's store. */
  readonly status = input.required<string>();
  /** The page's heading, also shown when loading failed. */
  readonly heading = input.required<TranslationKey>();
  readonly notFound = input.required<EventFormPageNotFound>();
  readonly loadFailed = input.required<TranslationKey>();
  readonly loading = input.required<TranslationKey>();
  readonly retry = output();

  protected readonly loaded = contentChild(TemplateRef);
}

/** What a page does with the form's answer once it is sent. */
export interface EventFormSaving {
  /** Said once the event is saved (with its `title`); its page opens then. */
  savedKey: TranslationKey;
  /** Texts for the API's error codes the form should explain in its own words. */
  errorKeys: Readonly<Record<string, TranslationKey>>;
}

/**
 * Sends what the event form asks for (call in an injection context): `pending` while it is on
 * its way (the form's button says so); saved, the event's page opens with an announcement;
 * refused, the form explains why.
 */
export function eventFormSaver(
  form: Signal<EventForm | undefined>,
  options: EventFormSaving,
) {
  const announcer = inject(Announcer);
  const router = inject(Router);
  const destroyRef = inject(DestroyRef);
  const pending = signal(false);
  return {
    pending: pending.asReadonly(),
    save(request: Observable<EventDetail>): void {
      pending.set(true);
      request.pipe(takeUntilDestroyed(destroyRef)).subscribe({
        next: (event) => {
          announcer.announce(options.savedKey, { title: event.title });
          void router.navigate(['/events', event.id]);
        },
        error: (error: unknown) => {
          pending.set(false);
          form()?.showApiError(error, options.errorKeys);
        },
      });
    },
  };
}
