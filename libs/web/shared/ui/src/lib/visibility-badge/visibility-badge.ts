import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CommunityVisibility } from '@sce/shared-contracts';

/** Who may read a community, as a text label with a shape icon, so colour is never the only cue. */
@Component({
  selector: 'sce-visibility-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class.public]': "visibility() === 'public'",
    '[class.members]': "visibility() === 'members'",
    '[class.private]': "visibility() === 'private'",
  },
  template: `
    <svg
      class="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      @switch (visibility()) {
        @case ('public') {
          <path
            d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.3a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8Zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6Zm1.8-5.6a16.5 16.5 0 0 0 0-4h3.3a8.2 8.2 0 0 1 0 4h-3.3Z"
          />
        }
        @case ('members') {
          <path
            d="M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm0 2c-2.3 0-7 1.2-7 3.5V19h14v-2.5C15 14.2 10.3 13 8 13Zm8 0c-.3 0-.6 0-1 .1 1.2.8 2 2 2 3.4V19h6v-2.5c0-2.3-4.7-3.5-7-3.5Z"
          />
        }
        @case ('private') {
          <path
            d="M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10c0 1.1.9 2 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2ZM9 6a3 3 0 0 1 6 0v2H9V6Zm3 11a2 2 0 1 1 0-4 2 2 0 0 1 0 4Z"
          />
        }
      }
    </svg>
    <span class="label">{{ label() }}</span>
  `,
  styleUrl: './visibility-badge.scss',
})
export class VisibilityBadge {
  readonly visibility = input.required<CommunityVisibility>();
  /** The translated name of the visibility, e.g. "Members only". */
  readonly label = input.required<string>();
}
