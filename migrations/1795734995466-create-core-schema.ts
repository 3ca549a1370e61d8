import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, users, communities and memberships, threads and posts, events. */
export class CreateCoreSchema1795734995466 implements MigrationInterface {
  name = 'CreateCoreSchema1795734995466';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "communities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" text NOT NULL,
                "name" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "visibility" text NOT NULL DEFAULT 'public',
                "join_policy" text NOT NULL DEFAULT 'open',
                "member_count" integer NOT NULL DEFAULT '0',
                "thread_count" integer NOT NULL DEFAULT '0',
                "last_activity_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_communities_counts" CHECK (
                    member_count >= 0
                    AND thread_count >= 0
                ),
                CONSTRAINT "CHK_communities_join_policy" CHECK (join_policy IN ('open', 'request', 'invite')),
                CONSTRAINT "CHK_communities_visibility" CHECK (visibility IN ('public', 'members', 'private')),
                CONSTRAINT "PK_fea1fe83c86ccde9d0a089e7ea2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_communities_slug" ON "communities" ("slug")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_communities_visibility_name_id" ON "communities" ("visibility", "name", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "kind" text NOT NULL,
                "country" character(2) NOT NULL,
                "city" text NOT NULL,
                "website" text,
                "email_domains" text array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_organisations_country" CHECK (
                    country IN ('GB', 'NL', 'BE', 'DE', 'DK', 'SE', 'NO')
                ),
                CONSTRAINT "CHK_organisations_kind" CHECK (
                    kind IN (
                        'municipality',
                        'region',
                        'national_authority',
                        'university',
                        'research_institute',
                        'other'
                    )
                ),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_organisations_name_id" ON "organisations" ("name", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "display_name" text NOT NULL,
                "organisation_id" uuid NOT NULL,
                "role" text NOT NULL DEFAULT 'member',
                "status" text NOT NULL DEFAULT 'pending',
                "language" text NOT NULL DEFAULT 'en',
                "time_zone" text NOT NULL DEFAULT 'Europe/Brussels',
                "bio" text NOT NULL DEFAULT '',
                "expertise" text array NOT NULL DEFAULT '{}',
                "password_hash" text,
                "email_verified_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_users_email_lowercase" CHECK (email = lower(email)),
                CONSTRAINT "CHK_users_language" CHECK (language IN ('en', 'nl', 'de', 'da', 'sv', 'nb')),
                CONSTRAINT "CHK_users_status" CHECK (
                    status IN ('pending', 'active', 'suspended', 'deleted')
                ),
                CONSTRAINT "CHK_users_role" CHECK (
                    role IN ('member', 'researcher', 'moderator', 'admin')
                ),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_users_organisation_id" ON "users" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "community_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "role" text NOT NULL DEFAULT 'member',
                "state" text NOT NULL DEFAULT 'active',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_memberships_state" CHECK (
                    state IN ('active', 'requested', 'invited', 'banned')
                ),
                CONSTRAINT "CHK_memberships_role" CHECK (role IN ('member', 'moderator')),
                CONSTRAINT "PK_f52028968f3a28829e4f8718282" PRIMARY KEY ("community_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_memberships_user_id" ON "memberships" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "community_id" uuid NOT NULL,
                "organiser_id" uuid NOT NULL,
                "title" text NOT NULL,
                "description_md" text NOT NULL DEFAULT '',
                "description_html" text NOT NULL DEFAULT '',
                "kind" text NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "time_zone" text NOT NULL,
                "venue" text,
                "online_url" text,
                "capacity" integer,
                "rsvp_deadline" TIMESTAMP WITH TIME ZONE,
                "status" text NOT NULL DEFAULT 'scheduled',
                "going_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_events_going_count" CHECK (going_count >= 0),
                CONSTRAINT "CHK_events_capacity" CHECK (
                    capacity IS NULL
                    OR capacity > 0
                ),
                CONSTRAINT "CHK_events_time_order" CHECK (ends_at > starts_at),
                CONSTRAINT "CHK_events_status" CHECK (status IN ('scheduled', 'cancelled')),
                CONSTRAINT "CHK_events_kind" CHECK (
                    kind IN (
                        'workshop',
                        'meeting',
                        'study_visit',
                        'webinar',
                        'conference'
                    )
                ),
                CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_events_organiser_id" ON "events" ("organiser_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_events_starts" ON "events" ("starts_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_events_community_starts" ON "events" ("community_id", "starts_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "threads" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "community_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "body_md" text NOT NULL,
                "body_html" text NOT NULL,
                "tags" text array NOT NULL DEFAULT '{}',
                "language" text NOT NULL DEFAULT 'en',
                "pinned" boolean NOT NULL DEFAULT false,
                "locked" boolean NOT NULL DEFAULT false,
                "hidden" boolean NOT NULL DEFAULT false,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "reply_count" integer NOT NULL DEFAULT '0',
                "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "accepted_post_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_threads_reply_count" CHECK (reply_count >= 0),
                CONSTRAINT "CHK_threads_language" CHECK (language IN ('en', 'nl', 'de', 'da', 'sv', 'nb')),
                CONSTRAINT "CHK_threads_kind" CHECK (
                    kind IN ('discussion', 'question', 'research', 'practice')
                ),
                CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_threads_author_id" ON "threads" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_threads_latest" ON "threads" ("last_activity_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_threads_community_listing" ON "threads" (
                "community_id",
                "pinned",
                "last_activity_at",
                "id"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "posts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "thread_id" uuid NOT NULL,
                "parent_id" uuid,
                "author_id" uuid NOT NULL,
                "depth" smallint NOT NULL DEFAULT '1',
                "body_md" text NOT NULL,
                "body_html" text NOT NULL,
                "hidden" boolean NOT NULL DEFAULT false,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_posts_depth" CHECK (depth >= 1),
                CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_author_id" ON "posts" ("author_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_parent_id" ON "posts" ("parent_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_thread_created" ON "posts" ("thread_id", "created_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_5c1ee6007d9085076697a48dea0" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_efb5bffc011730644446a7760cf" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "FK_cb951fb6dfdc6eba1b67d8f06cb" FOREIGN KEY ("organiser_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD CONSTRAINT "FK_e98897acd9bed2a50a997f11bc3" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_89efae744488da3393177c9ccbf" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_d8be760cd953c4a98137c5237a6" FOREIGN KEY ("parent_id") REFERENCES "posts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "FK_312c63be865c81b922e39c2475e" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_312c63be865c81b922e39c2475e"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_d8be760cd953c4a98137c5237a6"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "FK_89efae744488da3393177c9ccbf"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP CONSTRAINT "FK_e98897acd9bed2a50a997f11bc3"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_cb951fb6dfdc6eba1b67d8f06cb"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "FK_efb5bffc011730644446a7760cf"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_5c1ee6007d9085076697a48dea0"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_thread_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_parent_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_author_id"
        `);
    await queryRunner.query(`
            DROP TABLE "posts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_threads_community_listing"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_threads_latest"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_threads_author_id"
        `);
    await queryRunner.query(`
            DROP TABLE "threads"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_events_community_starts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_events_starts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_events_organiser_id"
        `);
    await queryRunner.query(`
            DROP TABLE "events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_memberships_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_users_organisation_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_organisations_name_id"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_communities_visibility_name_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_communities_slug"
        `);
    await queryRunner.query(`
            DROP TABLE "communities"
        `);
  }
}
