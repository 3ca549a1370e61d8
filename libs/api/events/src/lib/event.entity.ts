import { type EventKind, eventKinds, type EventStatus, eventStatuses, type Language, languages } from '@sce/shared-contracts';
import { sqlList } from '@sce/api-core';
import { CommunityEntity } from '@sce/api-communities';
import { UserEntity } from '@sce/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('events')
@Check('CHK_events_kind', `kind IN (${sqlList(eventKinds)})`)
@Check('CHK_events_status', `status IN (${sqlList(eventStatuses)})`)
@Check('CHK_events_time_order', 'ends_at > starts_at')
@Check('CHK_events_capacity', 'capacity IS NULL OR capacity > 0')
@Check('CHK_events_going_count', 'going_count >= 0')
@Check('CHK_events_other_counts', 'maybe_count >= 0 AND waitlist_count >= 0')
@Check('CHK_events_language', `language IN (${sqlList(languages)})`)
@Index('IDX_events_community_starts', ['communityId', 'startsAt', 'id'])
@Index('IDX_events_starts', ['startsAt', 'id'])
@Index('IDX_events_organiser_id', ['organiserId'])
@Index('IDX_events_thread_id', ['threadId'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId!: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_id' })
  organiser?: UserEntity;

  /** Trigram index on the unaccented title (made by hand in the migration): typos and parts of words in search. */
  @Index('IDX_events_title_trgm', { synchronize: false })
  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'description_md', type: 'text', default: '' })
  descriptionMarkdown!: string;

  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml!: string;

  @Column({ name: 'agenda_md', type: 'text', default: '' })
  agendaMarkdown!: string;

  @Column({ name: 'agenda_html', type: 'text', default: '' })
  agendaHtml!: string;

  /** The language it is written in (search stems it so); defaults to the organiser's profile language. */
  @Column({ type: 'text', default: 'en' })
  language!: Language;

  /** Full-text search vector (libs/api/search), kept by PostgreSQL; GIN index made by hand. Never read or written by the app. */
  @Index('IDX_events_search', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: 'sce_search_vector(language, title, venue, agenda_html, description_html)',
  })
  searchVector?: string;

  /** The event's discussion thread, started with it. */
  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** The IANA time zone the event was planned in, e.g. Europe/Amsterdam. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ name: 'rsvp_deadline', type: 'timestamptz', nullable: true })
  rsvpDeadline!: Date | null;

  @Column({ type: 'text', default: 'scheduled' })
  status!: EventStatus;

  /** RSVPs answered "going"; kept in the transaction that changes an RSVP. */
  @Column({ name: 'going_count', type: 'integer', default: 0 })
  goingCount!: number;

  @Column({ name: 'maybe_count', type: 'integer', default: 0 })
  maybeCount!: number;

  @Column({ name: 'waitlist_count', type: 'integer', default: 0 })
  waitlistCount!: number;

  /** iCalendar SEQUENCE: raised by every change people's calendars should pick up. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ name: 'cancelled_reason', type: 'text', nullable: true })
  cancelledReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
