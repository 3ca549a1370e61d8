import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** How far the notification projector has read the real-time outbox (one row). */
@Entity('notification_cursor')
@Check('CHK_notification_cursor_single', 'id = 1')
export class NotificationCursorEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'bigint', default: 0 })
  position!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
