import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import {
  reactionKinds,
  type Post,
  type ReactionKind,
} from '@sce/shared-contracts';
import { reactionKeys } from '@sce/web-threads-data-access';
import { I18nService } from '@sce/web-shared-data-access';

interface ReactionView {
  kind: ReactionKind;
  label: string;
  count: number;
  mine: boolean;
  /** "Insightful, 3 people, you reacted". */
  name: string;
}

/**
 * A post's reactions. For people who may react: a toggle button per kind (`aria-pressed`),
 * named with the kind, the count and whether they reacted. For everyone else: the kinds that
 * have reactions, as text.
 */
@Component({
  selector: 'sce-reactions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canReact()) {
      <ul class="reactions" role="list">
        @for (reaction of reactions(); track reaction.kind) {
          <li>
            <button
              type="button"
              class="reaction"
              [class.mine]="reaction.mine"
              [attr.aria-pressed]="reaction.mine"
              [attr.aria-label]="reaction.name"
              [attr.aria-disabled]="busy() ? 'true' : null"
              (click)="react(reaction.kind)"
            >
              <span aria-hidden="true">{{ reaction.label }}</span>
              @if (reaction.count > 0) {
                <span class="count" aria-hidden="true">{{
                  reaction.count
                }}</span>
              }
            </button>
          </li>
        }
      </ul>
    } @else if (given().length > 0) {
      <ul class="reactions static" role="list">
        @for (reaction of given(); track reaction.kind) {
          <li class="reaction">
            <span class="visually-hidden">{{ reaction.name }}</span>
            <span aria-hidden="true">{{ reaction.label }}</span>
            <span class="count" aria-hidden="true">{{ reaction.count }}</span>
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './reactions.scss',
})
export class Reactions {
  readonly post = input.required<Post>();
  readonly canReact = input(false);
  /** True while a change is being saved: clicks are ignored, focus stays. */
  readonly busy = input(false);
  readonly reacted = output<ReactionKind>();

  private readonly i18n = inject(I18nService);

  protected readonly reactions = computed<ReactionView[]>(() => {
    const post = this.post();
    return reactionKinds.map((kind) => {
      const count = post.reactions[kind] ?? 0;
      const mine = post.myReactions.includes(kind);
      const label = this.i18n.translate(reactionKeys[kind]);
      const people = this.i18n.translate('threads.reaction.people', { count });
      const name = mine
        ? this.i18n.translate('threads.reaction.nameMine', { label, people })
        : this.i18n.translate('threads.reaction.name', { label, people });
      return { kind, label, count, mine, name };
    });
  });

  /** A change is ignored while the last one is saved; the button keeps its focus meanwhile. */
  protected react(kind: ReactionKind): void {
    if (!this.busy()) {
      this.reacted.emit(kind);
    }
  }

  protected readonly given = computed(() =>
    this.reactions().filter((reaction) => reaction.count > 0),
  );
}
