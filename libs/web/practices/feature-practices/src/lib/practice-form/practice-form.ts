import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type {
  CostBand,
  Maturity,
  Person,
  PracticeVisibility,
  ServiceChannel,
  ServiceDomain,
} from '@sce/shared-contracts';
import {
  channelKeys,
  costBandKeys,
  costBandList,
  domainKeys,
  maturityKeys,
  maturityList,
  serviceChannelList,
  serviceDomainList,
} from '@sce/web-practices-data-access';
import { PeopleSearch } from '@sce/web-threads-data-access';
import {
  FormProblems,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PersonPicker, ProblemSummary } from '@sce/web-shared-ui';
import {
  MetricFields,
  type MetricFieldKeys,
} from '../metric-fields/metric-fields';
import {
  problemLines,
  setMetrics,
  type MetricGroup,
} from '../metric-fields/metric-input';
import {
  EVIDENCE_MAX,
  checkPracticeForm,
  emptyEvidence,
  emptyPracticeForm,
  practiceFieldKeys,
  practiceFieldOf,
  practiceFields,
  prerequisiteNames,
  type EvidenceFormValue,
  type PracticeFormValue,
} from './practice-input';

/** The organisation a practice belongs to: its people may be the contact. */
export interface PracticeOwner {
  id: string;
  /** Null while unknown (a new practice: the viewer's own organisation). */
  name: string | null;
}

/** A community the viewer may start the practice's discussion in. */
export interface DiscussionCommunity {
  slug: string;
  name: string;
}

type EvidenceGroup = FormGroup<{
  label: FormControl<string>;
  url: FormControl<string>;
  documentId: FormControl<string | null>;
}>;

const evidenceGroup = (value: EvidenceFormValue = emptyEvidence()): EvidenceGroup =>
  new FormGroup({
    label: new FormControl(value.label, { nonNullable: true }),
    url: new FormControl(value.url, { nonNullable: true }),
    documentId: new FormControl<string | null>(value.documentId),
  });

const text = (value = '') => new FormControl(value, { nonNullable: true });

const prerequisiteKeys: Readonly<
  Record<(typeof prerequisiteNames)[number], { label: TranslationKey; hint: TranslationKey }>
> = {
  legal: {
    label: 'practices.prerequisite.legal',
    hint: 'practices.form.prerequisites.legal.hint',
  },
  organisational: {
    label: 'practices.prerequisite.organisational',
    hint: 'practices.form.prerequisites.organisational.hint',
  },
  technical: {
    label: 'practices.prerequisite.technical',
    hint: 'practices.form.prerequisites.technical.hint',
  },
  language: {
    label: 'practices.prerequisite.language',
    hint: 'practices.form.prerequisites.language.hint',
  },
};

/** The free texts of "How it works", top to bottom. */
const texts: readonly {
  name: 'targetUsers' | 'problem' | 'solution' | 'technology';
  label: TranslationKey;
  hint: TranslationKey;
  rows: number;
  max: number;
}[] = [
  {
    name: 'targetUsers',
    label: 'practices.form.targetUsers',
    hint: 'practices.form.targetUsers.hint',
    rows: 2,
    max: 1000,
  },
  {
    name: 'problem',
    label: 'practices.form.problem',
    hint: 'practices.form.problem.hint',
    rows: 5,
    max: 10_000,
  },
  {
    name: 'solution',
    label: 'practices.form.solution',
    hint: 'practices.form.solution.hint',
    rows: 5,
    max: 10_000,
  },
  {
    name: 'technology',
    label: 'practices.form.technology',
    hint: 'practices.form.technology.hint',
    rows: 2,
    max: 2000,
  },
];

const outcomeKeys: MetricFieldKeys = {
  legend: 'practices.form.metrics.legend',
  hint: 'practices.form.metrics.hint',
  item: 'practices.form.metrics.item',
  add: 'practices.form.metrics.add',
  remove: 'practices.form.metrics.remove',
  empty: 'practices.form.metrics.empty',
};

/**
 * The form of a new or changed practice: what it is (title, summary, service domain, maturity,
 * channels, cost band), how it works (target users, problem, solution, technology), outcomes
 * as metrics and evidence links (repeatable groups), what a transfer takes, the contact person
 * (someone of the owning organisation, found by name), visibility and — for a new one — where
 * its discussion starts. Problems are checked here first and the API's 400 answers are shown
 * the same way: at each field (rows included) and in the summary above, focus on the first.
 */
@Component({
  selector: 'sce-practice-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    ProblemSummary,
    PersonPicker,
    MetricFields,
  ],
  templateUrl: './practice-form.html',
  styleUrl: './practice-form.scss',
})
export class PracticeForm {
  /** The values to start from. */
  readonly initial = input.required<PracticeFormValue>();
  /** The owning organisation (its people may be the contact); null while unknown. */
  readonly owner = input<PracticeOwner | null>(null);
  /** Communities to start the discussion in (new practices); null hides the choice. */
  readonly communities = input<readonly DiscussionCommunity[] | null>(null);
  readonly submitKey = input.required<TranslationKey>();
  readonly pendingKey = input.required<TranslationKey>();
  readonly pending = input(false);
  /** Where "Cancel" goes. */
  readonly cancelLink = input.required<string[]>();
  readonly saved = output<PracticeFormValue>();

  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly domains = serviceDomainList;
  protected readonly domainKeys = domainKeys;
  protected readonly maturities = maturityList;
  protected readonly maturityKeys = maturityKeys;
  protected readonly channels = serviceChannelList;
  protected readonly channelKeys = channelKeys;
  protected readonly costBands = costBandList;
  protected readonly costBandKeys = costBandKeys;
  protected readonly prerequisiteNames = prerequisiteNames;
  protected readonly prerequisiteKeys = prerequisiteKeys;
  protected readonly outcomeKeys = outcomeKeys;
  protected readonly texts = texts;
  protected readonly evidenceMax = EVIDENCE_MAX;

  /** The value last sent, to place the API's problems with rows left out (blank ones). */
  private lastSent: PracticeFormValue = emptyPracticeForm();
  protected readonly problems = new FormProblems<string>({
    prefix: 'practice',
    fields: practiceFields,
    apiKeys: practiceFieldKeys,
    fieldOf: (path) => practiceFieldOf(this.lastSent)(path),
  });
  protected readonly form = new FormGroup({
    title: text(),
    summary: text(),
    domain: new FormControl<ServiceDomain | ''>('', { nonNullable: true }),
    maturity: new FormControl<Maturity | ''>('', { nonNullable: true }),
    channels: new FormGroup(
      Object.fromEntries(
        serviceChannelList.map((channel) => [
          channel,
          new FormControl(false, { nonNullable: true }),
        ]),
      ) as Record<ServiceChannel, FormControl<boolean>>,
    ),
    costBand: new FormControl<CostBand | ''>('', { nonNullable: true }),
    targetUsers: text(),
    problem: text(),
    solution: text(),
    technology: text(),
    metrics: new FormArray<MetricGroup>([]),
    evidence: new FormArray<EvidenceGroup>([]),
    prerequisites: new FormGroup({
      legal: text(),
      organisational: text(),
      technical: text(),
      language: text(),
    }),
    visibility: new FormControl<PracticeVisibility>('public', { nonNullable: true }),
    communitySlug: text(),
  });

  /** The contact person, kept beside the form group (the picker's two-way value). */
  protected readonly contact = signal<Person | null>(null);
  protected readonly people = new PeopleSearch();
  /** People found who work for the owning organisation. */
  protected readonly contactCandidates = computed(() => {
    const owner = this.owner()?.id;
    return this.people
      .people()
      .filter((person) => owner === undefined || person.organisationId === owner);
  });
  protected readonly contactStatus = computed(() => {
    switch (this.people.status()) {
      case 'loaded': {
        const count = this.contactCandidates().length;
        return count === 0
          ? this.i18n.translate('practices.form.contact.none')
          : this.i18n.translate('people.search.found', { count });
      }
      case 'failed':
        return this.i18n.translate('people.search.failed');
      case 'idle':
      case 'searching':
        return '';
    }
  });
  protected readonly contactError = computed(() => {
    const key = this.problems.errors()['contactUserId'];
    return key ? this.i18n.translate(key) : null;
  });
  /** The metric problems as the metric fields want them: `<index>-<part>`. */
  protected readonly metricErrors = computed(() => {
    const errors: Record<string, TranslationKey> = {};
    for (const [field, key] of Object.entries(this.problems.errors())) {
      if (field.startsWith('metrics-') && key) {
        errors[field.slice('metrics-'.length)] = key;
      }
    }
    return errors;
  });
  /**
   * The summary: a row's problem says which row ("Outcome 2: Enter the value after …"), or it
   * would be ambiguous; anything else as `FormProblems` words it.
   */
  protected readonly summary = computed(() => {
    const lines = problemLines(
      (key, params) => this.i18n.translate(key, params),
      practiceFields,
      this.problems.errors(),
      {
        metrics: 'practices.form.metrics.problem',
        evidence: 'practices.form.evidence.problem',
      },
    );
    return lines.length > 0 ? lines : this.problems.messages();
  });

  constructor() {
    effect(() => {
      const initial = this.initial();
      untracked(() => this.fill(initial));
    });
  }

  /** Shows a failed save: refused fields at the fields, anything else in the summary. */
  showApiError(
    error: unknown,
    codeKeys: Readonly<Record<string, TranslationKey>> = {},
  ): void {
    this.problems.showApiError(error, 'practices.form.failed', codeKeys);
  }

  protected error(field: string): TranslationKey | undefined {
    return this.problems.errors()[field];
  }

  protected describedBy(field: string, ...hints: string[]): string | null {
    return this.problems.describedBy(field, ...hints);
  }

  protected addEvidence(): void {
    const evidence = this.form.controls.evidence;
    if (evidence.length >= EVIDENCE_MAX) {
      return;
    }
    evidence.push(evidenceGroup());
    this.focus(`#practice-evidence-${evidence.length - 1}-label`);
  }

  protected removeEvidence(index: number): void {
    const evidence = this.form.controls.evidence;
    evidence.removeAt(index);
    const next = Math.min(index, evidence.length - 1);
    this.focus(
      next >= 0 ? `button.remove-evidence[data-index="${next}"]` : 'button.add-evidence',
    );
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const value = this.currentValue();
    if (this.problems.showFields(checkPracticeForm(value))) {
      return;
    }
    this.problems.clear();
    this.lastSent = value;
    this.saved.emit(value);
  }

  private currentValue(): PracticeFormValue {
    const raw = this.form.getRawValue();
    const contact = this.contact();
    return {
      ...raw,
      channels: serviceChannelList.filter((channel) => raw.channels[channel]),
      contact: contact && { id: contact.id, displayName: contact.displayName },
    };
  }

  private fill(value: PracticeFormValue): void {
    const { metrics, evidence, channels, contact, ...fields } = value;
    this.form.patchValue({
      ...fields,
      channels: Object.fromEntries(
        serviceChannelList.map((channel) => [channel, channels.includes(channel)]),
      ),
    });
    setMetrics(this.form.controls.metrics, metrics);
    const list = this.form.controls.evidence;
    list.clear({ emitEvent: false });
    evidence.forEach((item) => list.push(evidenceGroup(item), { emitEvent: false }));
    list.updateValueAndValidity();
    const owner = this.owner();
    this.contact.set(
      contact && {
        id: contact.id,
        displayName: contact.displayName,
        organisationId: owner?.id ?? '',
        organisationName: owner?.name ?? '',
      },
    );
    this.lastSent = value;
  }

  private focus(selector: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
