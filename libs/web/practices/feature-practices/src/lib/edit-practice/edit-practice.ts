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
import { PracticePageStore } from '@sce/web-practices-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { PracticeForm, type PracticeOwner } from '../practice-form/practice-form';
import {
  practiceToForm,
  toUpdatePracticeRequest,
  type PracticeFormValue,
} from '../practice-form/practice-input';

const codeKeys = {
  NOT_YOUR_ORGANISATION: 'practices.edit.notAllowed',
  FORBIDDEN: 'practices.edit.notAllowed',
} as const;

/**
 * `/practices/:id/edit`: the practice form filled with the practice, for people of the owning
 * organisation and administrators. Only what changed is sent.
 */
@Component({
  selector: 'sce-edit-practice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader, EmptyState, PracticeForm],
  template: `
    @switch (store.status()) {
      @case ('loaded') {
        @if (store.practice(); as practice) {
          <sce-page-header
            [heading]="'practices.edit.heading' | t"
            [lead]="practice.title"
          />
          @if (!practice.viewer.canEdit) {
            <sce-empty-state [message]="'practices.edit.notAllowed' | t">
              <a [routerLink]="['/practices', practice.id]">{{
                'practices.edit.back' | t
              }}</a>
            </sce-empty-state>
          } @else if (initial(); as initial) {
            <sce-practice-form
              [initial]="initial"
              [owner]="owner()"
              submitKey="practices.edit.submit"
              pendingKey="practices.edit.pending"
              [pending]="pending()"
              [cancelLink]="['/practices', practice.id]"
              (saved)="save($event)"
            />
          }
        }
      }
      @case ('not-found') {
        <sce-page-header
          [heading]="'practices.detail.notFound.heading' | t"
          [lead]="'practices.detail.notFound.body' | t"
        />
      }
      @case ('error') {
        <sce-page-header [heading]="'practices.edit.heading' | t" />
        <sce-empty-state tone="error" [message]="'practices.detail.error' | t">
          <button matButton="outlined" type="button" (click)="store.retry()">
            {{ 'practices.retry' | t }}
          </button>
        </sce-empty-state>
      }
      @default {
        <sce-page-header [heading]="'practices.edit.heading' | t" />
        <p class="muted" role="status">{{ 'practices.detail.loading' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      --sce-form-width: 44rem;
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EditPractice {
  protected readonly store = inject(PracticePageStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly form = viewChild(PracticeForm);

  /** The form starts from the practice as loaded (once per practice and version). */
  private readonly loaded = computed(
    () => {
      const practice = this.store.practice();
      return practice ? { key: `${practice.id}@${practice.updatedAt}`, practice } : null;
    },
    { equal: (a, b) => a?.key === b?.key },
  );
  protected readonly initial = computed(() => {
    const loaded = this.loaded();
    return loaded ? practiceToForm(loaded.practice) : null;
  });
  protected readonly owner = computed((): PracticeOwner | null => {
    const organisation = this.store.practice()?.organisation;
    return organisation ? { id: organisation.id, name: organisation.name } : null;
  });
  protected readonly pending = signal(false);

  protected save(value: PracticeFormValue): void {
    const practice = this.store.practice();
    if (practice === null) {
      return;
    }
    const patch = toUpdatePracticeRequest(practice, value);
    if (patch === null) {
      this.announcer.announce('practices.edit.unchanged');
      void this.router.navigate(['/practices', practice.id]);
      return;
    }
    this.pending.set(true);
    this.store
      .update(patch)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (changed) => {
          this.announcer.announce('practices.edit.done', { title: changed.title });
          void this.router.navigate(['/practices', changed.id]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.form()?.showApiError(error, codeKeys);
        },
      });
  }
}
