import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';

/** What the platform is for and who runs it. */
@Component({
  selector: 'sce-about',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PageHeader],
  templateUrl: './about.html',
  styleUrl: './about.scss',
})
export class About {}
