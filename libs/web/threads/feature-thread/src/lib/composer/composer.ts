import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  model,
  output,
  signal,
  untracked,
  viewChild,
  viewChildren,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { BODY_MAX, type Person } from '@sce/shared-contracts';
import {
  ComposerDrafts,
  PeopleSearch,
  PostsApi,
} from '@sce/web-threads-data-access';
import {
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import {
  PersonListbox,
  listboxKeyAction,
  personOptionId,
} from '@sce/web-shared-ui';
import type { Subscription } from 'rxjs';
import { applyMarkdown, type MarkdownAction } from './markdown-edits';
import {
  findMentionQuery,
  insertMention,
  type MentionQuery,
} from './mention-query';

type Tab = 'write' | 'preview';

type Preview =
  | { kind: 'idle' }
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'loaded'; html: string; source: string }
  | { kind: 'failed'; message: string };

interface Tool {
  action: MarkdownAction;
  label: TranslationKey;
  /** `aria-keyshortcuts`, for the ones with a shortcut. */
  shortcut?: string;
  icon: string;
}

/** Material Symbols paths (Apache 2.0), drawn in a 24×24 box. */
const tools: readonly Tool[] = [
  {
    action: 'bold',
    label: 'composer.tool.bold',
    shortcut: 'Control+B Meta+B',
    icon: 'M15.6 10.79c.97-.67 1.65-1.77 1.65-2.79 0-2.26-1.75-4-4-4H7v14h7.04c2.09 0 3.71-1.7 3.71-3.79 0-1.52-.86-2.82-2.15-3.42ZM10 6.5h3c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5h-3v-3Zm3.5 9H10v-3h3.5c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5Z',
  },
  {
    action: 'italic',
    label: 'composer.tool.italic',
    shortcut: 'Control+I Meta+I',
    icon: 'M10 4v3h2.21l-3.42 8H6v3h8v-3h-2.21l3.42-8H18V4Z',
  },
  {
    action: 'link',
    label: 'composer.tool.link',
    icon: 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1ZM8 13h8v-2H8v2Zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5Z',
  },
  {
    action: 'quote',
    label: 'composer.tool.quote',
    icon: 'M6 17h3l2-4V7H5v6h3Zm8 0h3l2-4V7h-6v6h3Z',
  },
  {
    action: 'list',
    label: 'composer.tool.list',
    icon: 'M4 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm0-6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Zm0 12a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3ZM7 19h14v-2H7v2Zm0-6h14v-2H7v2Zm0-8v2h14V5H7Z',
  },
  {
    action: 'code',
    label: 'composer.tool.code',
    icon: 'M9.4 16.6 4.8 12l4.6-4.6L8 6l-6 6 6 6 1.4-1.4Zm5.2 0 4.6-4.6-4.6-4.6L16 6l6 6-6 6-1.4-1.4Z',
  },
];

/** How long typing pauses before the draft is written. */
const DRAFT_DELAY_MS = 400;

/** Keys that move the caret without typing: the mention under it may change. */
const CARET_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * The Markdown editor of threads and replies: a labelled textarea with a formatting toolbar
 * (arrow keys move between its buttons), Write and Preview tabs (the preview is rendered by the
 * API with exactly the rules it stores posts with), the length against the 50,000-character
 * limit, an error at the field, and a draft kept in localStorage under `draftKey` and offered
 * back when the composer opens again. Ctrl/Cmd+Enter sends, Ctrl/Cmd+B and I format.
 *
 * With `mentions`, typing `@` and two letters of a name offers people to mention in a listbox
 * under the textarea (which points at the highlighted one with `aria-activedescendant`):
 * ArrowUp/ArrowDown move, Enter or Tab pick, Escape closes, a click picks. Picking writes the
 * API's mention syntax, `@[Display Name](user:<id>)`, in place of the `@name`.
 *
 * The parent owns validation and sending: it listens to `send`, shows problems with `error`
 * and, once sent, calls `reset()`.
 */
@Component({
  selector: 'sce-composer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton, PersonListbox],
  templateUrl: './composer.html',
  styleUrl: './composer.scss',
})
export class Composer {
  /** The textarea's id; the other parts' ids start with it. */
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly draftKey = input<string | null>(null);
  /** A problem to show at the field (translated). */
  readonly error = input<string | null>(null);
  readonly pending = input(false);
  /** The send button's text; without it there is no send button (the parent form sends). */
  readonly sendLabel = input<string | null>(null);
  readonly cancelLabel = input<string | null>(null);
  readonly rows = input(6);
  /** Focus the textarea when the composer appears. */
  readonly autofocus = input(false);
  /** Offer people to mention after `@` (replies: the API resolves mentions in posts only). */
  readonly mentions = input(false);
  readonly value = model('');

  /** Ctrl/Cmd+Enter or the send button: the text as it is. */
  readonly send = output<string>();
  readonly cancelled = output<void>();

  private readonly api = inject(PostsApi);
  private readonly drafts = inject(ComposerDrafts);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly textarea =
    viewChild.required<ElementRef<HTMLTextAreaElement>>('textarea');
  private readonly tabButtons =
    viewChildren<ElementRef<HTMLButtonElement>>('tabButton');
  private readonly toolButtons =
    viewChildren<ElementRef<HTMLButtonElement>>('toolButton');
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private previewRequest: Subscription | undefined;
  private restoredFrom: string | null = null;
  /** Where the `@` of a mention closed with Escape is: it stays closed while typed on. */
  private dismissedAt: number | null = null;

  protected readonly maxLength = BODY_MAX;
  protected readonly tools = tools;
  protected readonly tab = signal<Tab>('write');
  protected readonly toolIndex = signal(0);
  protected readonly preview = signal<Preview>({ kind: 'idle' });
  /** True after a draft was put back, until it is sent, discarded or changed. */
  protected readonly restored = signal(false);
  protected readonly previewHtml = computed(() => {
    const preview = this.preview();
    return preview.kind === 'loaded' ? preview.html : '';
  });
  protected readonly previewMessage = computed(() => {
    const preview = this.preview();
    return preview.kind === 'failed' ? preview.message : '';
  });
  protected readonly length = computed(() => this.value().length);
  protected readonly tooLong = computed(() => this.length() > BODY_MAX);
  protected readonly shownError = computed(
    () =>
      this.error() ??
      (this.tooLong()
        ? this.i18n.translate('composer.error.tooLong', { max: BODY_MAX })
        : null),
  );
  /** The `@name` at the caret, while mentions are offered for it. */
  protected readonly mention = signal<MentionQuery | null>(null);
  protected readonly people = new PeopleSearch();
  protected readonly mentionActive = linkedSignal({
    source: this.people.people,
    computation: () => 0,
  });
  protected readonly mentionsOpen = computed(
    () =>
      this.mention() !== null &&
      (this.people.people().length > 0 || this.people.message() !== null),
  );
  protected readonly mentionListId = computed(
    () => `${this.inputId()}-mentions`,
  );
  protected readonly mentionOptionId = computed(() =>
    this.mentionsOpen() && this.people.people().length > 0
      ? personOptionId(this.mentionListId(), this.mentionActive())
      : null,
  );
  protected readonly mentionStatus = computed(() => {
    const message = this.people.message();
    return this.mentionsOpen() && message !== null
      ? this.i18n.translate(message.key, message.params)
      : '';
  });
  protected readonly shortcutKey = /Mac|iPhone|iPad/.test(
    inject(DOCUMENT).defaultView?.navigator.platform ?? '',
  )
    ? '⌘'
    : 'Ctrl';
  protected readonly describedBy = computed(() => {
    const id = this.inputId();
    return [
      this.shownError() ? `${id}-error` : null,
      this.hint() ? `${id}-hint` : null,
      `${id}-count`,
      `${id}-keys`,
    ]
      .filter((part) => part !== null)
      .join(' ');
  });

  constructor() {
    // Offer the draft back when the composer opens empty.
    effect(() => {
      const key = this.draftKey();
      untracked(() => {
        if (key === null || this.value() !== '') {
          return;
        }
        const draft = this.drafts.load(key);
        if (draft !== null) {
          this.restoredFrom = draft;
          this.value.set(draft);
          this.restored.set(true);
        }
      });
    });
    // Keep the draft, a moment after typing stops.
    effect(() => {
      const text = this.value();
      const key = this.draftKey();
      untracked(() => {
        if (this.restored() && text !== this.restoredFrom) {
          this.restored.set(false);
        }
        clearTimeout(this.draftTimer);
        this.draftTimer = undefined;
        if (key !== null) {
          this.draftTimer = setTimeout(() => {
            this.draftTimer = undefined;
            this.drafts.save(key, text);
          }, DRAFT_DELAY_MS);
        }
      });
    });
    // The parent may set the text (e.g. clear it once sent) between two renders of the typed
    // text; the textarea always ends up showing the value.
    afterRenderEffect(() => {
      const element = this.textarea().nativeElement;
      const text = this.value();
      if (element.value !== text) {
        element.value = text;
      }
    });
    // Closing right after typing still keeps what was typed.
    this.destroyRef.onDestroy(() => {
      if (this.draftTimer !== undefined) {
        clearTimeout(this.draftTimer);
        const key = this.draftKey();
        if (key !== null) {
          this.drafts.save(key, this.value());
        }
      }
    });
    afterNextRender(() => {
      if (this.autofocus()) {
        this.focus();
      }
    });
  }

  /** Puts focus in the textarea (on the Write tab). */
  focus(): void {
    if (this.tab() !== 'write') {
      this.tab.set('write');
      afterNextRender(() => this.textarea().nativeElement.focus(), {
        injector: this.injector,
      });
      return;
    }
    this.textarea().nativeElement.focus();
  }

  /** After the text was sent: empties the composer and forgets its draft. */
  reset(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    const key = this.draftKey();
    if (key !== null) {
      this.drafts.clear(key);
    }
    this.restored.set(false);
    this.value.set('');
    this.tab.set('write');
    this.preview.set({ kind: 'idle' });
    this.closeMentions();
  }

  protected onInput(event: Event): void {
    this.value.set((event.target as HTMLTextAreaElement).value);
    this.findMention();
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (this.mentionsOpen() && this.mentionKey(event)) {
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.submit();
    } else if (event.key === 'b' || event.key === 'B') {
      event.preventDefault();
      this.apply('bold');
    } else if (event.key === 'i' || event.key === 'I') {
      event.preventDefault();
      this.apply('italic');
    }
  }

  /** The caret moved (keys, a click): the mention under it may have changed. */
  protected onKeyup(event: KeyboardEvent): void {
    if (CARET_KEYS.has(event.key)) {
      this.findMention();
    }
  }

  protected findMention(): void {
    const element = this.textarea().nativeElement;
    const found =
      this.mentions() && element.selectionStart === element.selectionEnd
        ? findMentionQuery(element.value, element.selectionStart)
        : null;
    if (found === null) {
      this.dismissedAt = null;
      this.closeMentions();
      return;
    }
    if (found.start === this.dismissedAt) {
      return;
    }
    this.dismissedAt = null;
    this.mention.set(found);
    this.people.search(found.query);
  }

  protected closeMentions(): void {
    if (this.mention() !== null) {
      this.mention.set(null);
    }
    this.people.clear();
  }

  /** Writes the person's mention in place of the `@name`; the caret goes after it. */
  protected pickMention(person: Person): void {
    const element = this.textarea().nativeElement;
    const mention =
      findMentionQuery(element.value, element.selectionStart) ?? this.mention();
    if (mention === null) {
      return;
    }
    const edit = insertMention(element.value, mention, person);
    element.value = edit.text;
    this.value.set(edit.text);
    element.focus();
    element.setSelectionRange(edit.start, edit.end);
    this.closeMentions();
  }

  /** The listbox's keys while it is open; true when the key was one of them. */
  private mentionKey(event: KeyboardEvent): boolean {
    const people = this.people.people();
    const action = listboxKeyAction(event, this.mentionActive(), people.length);
    if (action === null) {
      return false;
    }
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        this.mentionActive.set(action.index);
        break;
      case 'pick':
        this.pickMention(people[action.index]);
        break;
      case 'close':
        // Escape closes the list, and nothing around the composer (a dialog) with it.
        event.stopPropagation();
        this.dismissedAt = this.mention()?.start ?? null;
        this.closeMentions();
        break;
    }
    return true;
  }

  protected submit(): void {
    if (!this.pending()) {
      this.send.emit(this.value());
    }
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  protected discardDraft(): void {
    const key = this.draftKey();
    if (key !== null) {
      this.drafts.clear(key);
    }
    this.value.set('');
    this.restored.set(false);
    this.focus();
  }

  protected apply(action: MarkdownAction): void {
    const element = this.textarea().nativeElement;
    const edit = applyMarkdown(
      {
        text: element.value,
        start: element.selectionStart,
        end: element.selectionEnd,
      },
      action,
      this.i18n.translate(
        action === 'link'
          ? 'composer.placeholder.link'
          : action === 'code'
            ? 'composer.placeholder.code'
            : 'composer.placeholder.text',
      ),
    );
    element.value = edit.text;
    this.value.set(edit.text);
    element.focus();
    element.setSelectionRange(edit.start, edit.end);
  }

  protected selectTab(tab: Tab): void {
    this.tab.set(tab);
    if (tab === 'preview') {
      this.loadPreview();
    }
  }

  /** Arrow keys, Home and End move between the tabs (and select them). */
  protected onTabKeydown(event: KeyboardEvent): void {
    const order: Tab[] = ['write', 'preview'];
    const index = order.indexOf(this.tab());
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % order.length
        : event.key === 'ArrowLeft'
          ? (index + order.length - 1) % order.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? order.length - 1
              : null;
    if (next === null) {
      return;
    }
    event.preventDefault();
    this.selectTab(order[next]);
    this.tabButtons()[next]?.nativeElement.focus();
  }

  /** Arrow keys, Home and End move between the toolbar's buttons. */
  protected onToolKeydown(event: KeyboardEvent): void {
    const count = tools.length;
    const index = this.toolIndex();
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % count
        : event.key === 'ArrowLeft'
          ? (index + count - 1) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (next === null) {
      return;
    }
    event.preventDefault();
    this.toolIndex.set(next);
    this.toolButtons()[next]?.nativeElement.focus();
  }

  private loadPreview(): void {
    const source = this.value();
    const current = this.preview();
    if (current.kind === 'loaded' && current.source === source) {
      return;
    }
    this.previewRequest?.unsubscribe();
    if (source.trim() === '') {
      this.preview.set({ kind: 'empty' });
      return;
    }
    this.preview.set({ kind: 'loading' });
    this.previewRequest = this.api
      .preview(source)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (html) => this.preview.set({ kind: 'loaded', html, source }),
        error: (error: unknown) => {
          const problem = problemOf(error);
          this.preview.set({
            kind: 'failed',
            message:
              problem?.status === 400 && this.tooLong()
                ? this.i18n.translate('composer.error.tooLong', {
                    max: BODY_MAX,
                  })
                : this.i18n.translate('composer.preview.failed'),
          });
        },
      });
  }
}
