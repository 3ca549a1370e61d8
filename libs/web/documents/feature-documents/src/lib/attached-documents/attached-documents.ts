import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DocumentView } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { CommunitiesApi } from '@sce/web-communities-data-access';
import { DocumentLibraryStore } from '@sce/web-documents-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { catchError, map, of, switchMap } from 'rxjs';
import { DocumentItem } from '../document-item/document-item';
import { DocumentUpload } from '../document-upload/document-upload';

let nextId = 0;

/**
 * The documents attached to one thread or one event (`threadId` or `eventId`, in the community
 * `slug`), with download buttons and "show more"; members of the community attach one from here.
 * Drop it into a thread or event page: `<sce-attached-documents [slug]="…" [threadId]="…" />`.
 */
@Component({
  selector: 'sce-attached-documents',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, DocumentItem, DocumentUpload],
  providers: [DocumentLibraryStore],
  templateUrl: './attached-documents.html',
  styleUrl: './attached-documents.scss',
})
export class AttachedDocuments {
  private readonly library = inject(DocumentLibraryStore);
  private readonly communities = inject(CommunitiesApi);
  private readonly session = inject(SessionStore);
  private readonly dom = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  readonly slug = input.required<string>();
  readonly threadId = input<string | null>(null);
  readonly eventId = input<string | null>(null);

  protected readonly id = `attached-documents-${nextId++}`;
  protected readonly documents = this.library.documents;
  protected readonly attaching = signal(false);

  /** Members (who may post in the community) attach documents; asked once per community. */
  protected readonly canAttach = toSignal(
    toObservable(
      computed(() => (this.session.signedIn() ? this.slug() : null)),
    ).pipe(
      switchMap((slug) =>
        slug === null
          ? of(false)
          : this.communities.detail(slug).pipe(
              map((community) => community.viewer.canPost),
              catchError(() => of(false)),
            ),
      ),
    ),
    { initialValue: false },
  );

  constructor() {
    effect(() => {
      const slug = this.slug();
      const threadId = this.threadId();
      const eventId = this.eventId();
      untracked(() =>
        this.library.load({
          slug,
          type: null,
          tag: null,
          threadId,
          eventId: threadId ? null : eventId,
        }),
      );
    });
  }

  protected toggle(): void {
    this.attaching.update((open) => !open);
    if (this.attaching()) {
      this.focus(`${this.id}-form-heading`);
    }
  }

  protected close(): void {
    this.attaching.set(false);
    this.focus(`${this.id}-toggle`);
  }

  protected uploaded(document: DocumentView): void {
    this.library.added(document);
  }

  private focus(id: string): void {
    afterNextRender(() => this.dom.getElementById(id)?.focus(), {
      injector: this.injector,
    });
  }
}
