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
}

/** A community in a list: name (an `h3`), visibility, description and activity figures. */
@Component({
  selector: 'sce-community-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, VisibilityBadge],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-content class="content">
        <h3 class="name">{{ community().name }}</h3>
        <sce-visibility-badge
          class="visibility"
          [visibility]="community().visibility"
          [label]="labels().visibility"
        />
        <p class="description">{{ community().description }}</p>
        <ul class="figures">
          <li>{{ labels().members }}</li>
          <li>{{ labels().threads }}</li>
          <li>{{ labels().lastActivity }}</li>
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
