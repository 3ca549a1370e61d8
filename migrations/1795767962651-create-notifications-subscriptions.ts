import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (collapsing unread groups, mail state), subscriptions per thread and community,
 * notification settings, and the projector's cursor over the real-time outbox — which starts at
 * the newest event, so an existing installation is not flooded with notifications of the past day.
 */
export class CreateNotificationsSubscriptions1795767962651 implements MigrationInterface {
  name = 'CreateNotificationsSubscriptions1795767962651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "type" text NOT NULL,
                "group_key" text,
                "count" integer NOT NULL DEFAULT '1',
                "actor_ids" uuid array NOT NULL DEFAULT '{}',
                "thread_id" uuid,
                "post_id" uuid,
                "event_id" uuid,
                "practice_id" uuid,
                "data" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "mail_state" text NOT NULL DEFAULT 'none',
                "mail_due_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_notifications_count" CHECK (count >= 1),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_practice_id" ON "notifications" ("practice_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_event_id" ON "notifications" ("event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_post_id" ON "notifications" ("post_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_thread_id" ON "notifications" ("thread_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_digest" ON "notifications" ("recipient_id")
            WHERE mail_state = 'digest'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_mail_due" ON "notifications" ("mail_due_at")
            WHERE mail_state = 'immediate'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_notifications_unread_group" ON "notifications" ("recipient_id", "group_key")
            WHERE read_at IS NULL
                AND group_key IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_recipient_unread" ON "notifications" ("recipient_id")
            WHERE read_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_recipient_recent" ON "notifications" ("recipient_id", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "subscriptions" (
                "user_id" uuid NOT NULL,
                "target_type" text NOT NULL,
                "target_id" uuid NOT NULL,
                "level" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_subscriptions_target_type" CHECK (target_type IN ('thread', 'community')),
                CONSTRAINT "CHK_subscriptions_level" CHECK (level IN ('watching', 'tracking', 'muted')),
                CONSTRAINT "PK_7e841e01bff322cae77a3994d14" PRIMARY KEY ("user_id", "target_type", "target_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_subscriptions_target" ON "subscriptions" ("target_type", "target_id", "level")
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_settings" (
                "user_id" uuid NOT NULL,
                "auto_watch_started" boolean NOT NULL DEFAULT true,
                "auto_watch_replied" boolean NOT NULL DEFAULT true,
                "email" jsonb NOT NULL DEFAULT '{}',
                "muted_user_ids" uuid array NOT NULL DEFAULT '{}',
                "last_digest_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notification_cursor" (
                "id" smallint NOT NULL DEFAULT '1',
                "position" bigint NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_notification_cursor_single" CHECK (id = 1),
                CONSTRAINT "PK_fa391081a4e382070b0c0056801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_62d82d3f01c9d9836d27fe48a67" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_ec240232d5de44495354f66e053" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_6e28bd266f2b68f73f1a5d7a462" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_e0bdb3393b3fab07e767d2f5a9d" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "subscriptions"
            ADD CONSTRAINT "FK_d0a95ef8a28188364c546eb65c1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notification_settings"
            ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            INSERT INTO "notification_cursor" ("id", "position") SELECT 1, coalesce(max("position"), 0) FROM "realtime_events"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"
        `);
    await queryRunner.query(`
            ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_d0a95ef8a28188364c546eb65c1"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_e0bdb3393b3fab07e767d2f5a9d"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_6e28bd266f2b68f73f1a5d7a462"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_ec240232d5de44495354f66e053"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_62d82d3f01c9d9836d27fe48a67"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_5332a4daa46fd3f4e6625dd275d"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_cursor"
        `);
    await queryRunner.query(`
            DROP TABLE "notification_settings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_subscriptions_target"
        `);
    await queryRunner.query(`
            DROP TABLE "subscriptions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_recipient_recent"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_recipient_unread"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_notifications_unread_group"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_mail_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_digest"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_thread_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_post_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_event_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_practice_id"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
  }
}
