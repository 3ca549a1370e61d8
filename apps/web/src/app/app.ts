import { ChangeDetectionStrategy, Component } from '@angular/core';
import { Shell } from '@sce/web-shell-feature';

@Component({
  selector: 'sce-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Shell],
  template: '<sce-shell />',
})
export class App {}
