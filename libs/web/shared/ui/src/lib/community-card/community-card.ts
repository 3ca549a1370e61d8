import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { CommunitySummary } from '@sce/shared-contracts';
import { VisibilityBadge } from '../visibility-badge/visibility-badge';

/** Translated texts a community card shows; the caller formats counts and dates. */
export interface CommunityCardLabels {
  visibility: string;
  members: string;
  threads: string;
  lastActivity: string;
  /** The viewer's membership ("You are a member"), when they have one. */
  membership?: string;
  /** How one joins ("Open to all members"), when the list says it. */
  joinPolicy?: string;
}

/**
 * A community in a list: name (an `h3`), visibility, the viewer's membership, description and
 * activity figures. Project `<a communityLink …>` to make the name a link.
 */
@Component({
  selector: 'sce-community-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, VisibilityBadge],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-content class="content">
        <h3 class="name">
          <ng-content select="[communityLink]">{{ community().name }}</ng-content>
        </h3>
        <div class="badges">
          <sce-visibility-badge
            class="visibility"
            [visibility]="community().visibility"
            [label]="labels().visibility"
          />
          @if (labels().membership; as membership) {
            <span class="membership">{{ membership }}</span>
          }
        </div>
        <p class="description">{{ community().description }}</p>
        <ul class="figures">
          <li>{{ labels().members }}</li>
          <li>{{ labels().threads }}</li>
          <li>{{ labels().lastActivity }}</li>
          @if (labels().joinPolicy; as joinPolicy) {
            <li>{{ joinPolicy }}</li>
          }
        </ul>
      </mat-card-content>
    </mat-card>
  `,
  styleUrl: './community-card.scss',
})
export class CommunityCard {
  readonly community = input.required<CommunitySummary>();
  readonly labels = input.required<CommunityCardLabels>();
}
