import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Metric, Transfer } from '@sce/shared-contracts';
import {
  countryName,
  formatChange,
  formatNumber,
  metricChange,
  stageKeys,
} from '@sce/web-practices-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  languageLocales,
} from '@sce/web-shared-data-access';
import { TransferUpdate } from '../transfer-update/transfer-update';

/**
 * One transfer of the practice: who took it up, its stage and dated history (a timeline), what
 * they adapted, learned and measured. People of the adopting organisation open "Update this
 * transfer" to move it forward (or abandon it) with a note and to record adaptations, lessons,
 * impact and factors; focus goes into the form and back to the button when it closes.
 */
@Component({
  selector: 'sce-transfer-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton, TransferUpdate],
  templateUrl: './transfer-item.html',
  styleUrl: './transfer-item.scss',
})
export class TransferItem {
  readonly transfer = input.required<Transfer>();

  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly stageKeys = stageKeys;
  protected readonly editing = signal(false);

  protected country(code: string): string {
    return countryName(this.i18n, code);
  }

  protected date(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected number(value: number | null): string {
    return formatNumber(value, languageLocales[this.i18n.language()]);
  }

  protected change(metric: Metric): string {
    const percent = metricChange(metric);
    return percent === null
      ? ''
      : formatChange(percent, languageLocales[this.i18n.language()]);
  }

  protected open(): void {
    this.editing.set(true);
    this.focus('sce-transfer-update select');
  }

  protected close(): void {
    this.editing.set(false);
    this.focus('button.update-toggle');
  }

  protected onSaved(transfer: Transfer): void {
    this.announcer.announce('practices.transfers.update.done', {
      organisation: transfer.to.name,
      stage: this.i18n.translate(stageKeys[transfer.stage]),
    });
    this.close();
  }

  protected onUnchanged(): void {
    this.announcer.announce('practices.transfers.update.unchanged');
    this.close();
  }

  private focus(selector: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
