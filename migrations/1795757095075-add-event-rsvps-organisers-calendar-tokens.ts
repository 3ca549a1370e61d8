import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * RSVPs with a first-come-first-served waitlist (its own sequence), co-organisers, personal
 * calendar feed tokens, and the event fields for agenda, discussion thread, counters and SEQUENCE.
 */
export class AddEventRsvpsOrganisersCalendarTokens1795757095075 implements MigrationInterface {
  name = 'AddEventRsvpsOrganisersCalendarTokens1795757095075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "event_rsvps" (
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "status" text NOT NULL,
                "waitlist_seq" bigint,
                "reminded_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_event_rsvps_waitlist" CHECK (
                    (status = 'waitlisted') = (waitlist_seq IS NOT NULL)
                ),
                CONSTRAINT "CHK_event_rsvps_status" CHECK (
                    status IN ('going', 'maybe', 'declined', 'waitlisted')
                ),
                CONSTRAINT "PK_90472d80289aa439005f1ab4fa4" PRIMARY KEY ("event_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_rsvps_reminders_due" ON "event_rsvps" ("event_id")
            WHERE status = 'going'
                AND reminded_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_rsvps_user" ON "event_rsvps" ("user_id", "event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_rsvps_event_status" ON "event_rsvps" ("event_id", "status", "updated_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_rsvps_waitlist" ON "event_rsvps" ("event_id", "waitlist_seq")
            WHERE status = 'waitlisted'
        `);
    await queryRunner.query(`
            CREATE TABLE "event_organisers" (
                "event_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5d957746394259f6f339e06426b" PRIMARY KEY ("event_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_event_organisers_user" ON "event_organisers" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "calendar_tokens" (
                "user_id" uuid NOT NULL,
                "token_hash" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_f82866d34868ccae6c8307bd2dd" UNIQUE ("token_hash"),
                CONSTRAINT "PK_b72b4c7c65d3753a2b4fd1bb02a" PRIMARY KEY ("user_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "agenda_md" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "agenda_html" text NOT NULL DEFAULT ''
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "thread_id" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "maybe_count" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "waitlist_count" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "sequence" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD "cancelled_reason" text
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_events_thread_id" ON "events" ("thread_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "CHK_events_other_counts" CHECK (
                    maybe_count >= 0
                    AND waitlist_count >= 0
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "event_rsvps"
            ADD CONSTRAINT "FK_db0b9c02cf734572db6a58b7fd2" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_rsvps"
            ADD CONSTRAINT "FK_0b4fae38ac7839d3749067206df" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organisers"
            ADD CONSTRAINT "FK_a5a521bf106d97f8ac8dfc08f07" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organisers"
            ADD CONSTRAINT "FK_b7cfc557589a31ab1c23e9a5969" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_tokens"
            ADD CONSTRAINT "FK_b72b4c7c65d3753a2b4fd1bb02a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE SEQUENCE "event_waitlist_seq" AS bigint
        `);
    await queryRunner.query(`
            INSERT INTO "event_organisers" ("event_id", "user_id") SELECT "id", "organiser_id" FROM "events" ON CONFLICT DO NOTHING
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP SEQUENCE "event_waitlist_seq"
        `);
    await queryRunner.query(`
            ALTER TABLE "calendar_tokens" DROP CONSTRAINT "FK_b72b4c7c65d3753a2b4fd1bb02a"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organisers" DROP CONSTRAINT "FK_b7cfc557589a31ab1c23e9a5969"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_organisers" DROP CONSTRAINT "FK_a5a521bf106d97f8ac8dfc08f07"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_rsvps" DROP CONSTRAINT "FK_0b4fae38ac7839d3749067206df"
        `);
    await queryRunner.query(`
            ALTER TABLE "event_rsvps" DROP CONSTRAINT "FK_db0b9c02cf734572db6a58b7fd2"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "CHK_events_other_counts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_events_thread_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "cancelled_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "sequence"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "waitlist_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "maybe_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "thread_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "agenda_html"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP COLUMN "agenda_md"
        `);
    await queryRunner.query(`
            DROP TABLE "calendar_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_organisers_user"
        `);
    await queryRunner.query(`
            DROP TABLE "event_organisers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_rsvps_waitlist"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_rsvps_event_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_rsvps_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_event_rsvps_reminders_due"
        `);
    await queryRunner.query(`
            DROP TABLE "event_rsvps"
        `);
  }
}
