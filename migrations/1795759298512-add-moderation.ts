import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Flags and warnings; the reason a post was hidden; slow mode on threads and communities; posts by author and time (slow mode). */
export class AddModeration1795759298512 implements MigrationInterface {
  name = 'AddModeration1795759298512';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_author_id"
        `);
    await queryRunner.query(`
            CREATE TABLE "flags" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "target_type" text NOT NULL,
                "target_id" uuid NOT NULL,
                "community_id" uuid,
                "reporter_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "state" text NOT NULL DEFAULT 'open',
                "assignee_id" uuid,
                "internal_note" text NOT NULL DEFAULT '',
                "resolved_by" uuid,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_flags_state" CHECK (state IN ('open', 'actioned', 'dismissed')),
                CONSTRAINT "CHK_flags_reason" CHECK (
                    reason IN ('spam', 'abuse', 'off_topic', 'privacy', 'other')
                ),
                CONSTRAINT "CHK_flags_target_type" CHECK (
                    target_type IN ('thread', 'post', 'event', 'document', 'user')
                ),
                CONSTRAINT "PK_ea7e333c92a55de9e9b8d0b9afd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_flags_target" ON "flags" ("target_type", "target_id", "state")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_flags_queue" ON "flags" ("state", "community_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_flags_open_per_reporter" ON "flags" ("reporter_id", "target_type", "target_id")
            WHERE state = 'open'
        `);
    await queryRunner.query(`
            CREATE TABLE "warnings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "moderator_id" uuid NOT NULL,
                "message" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_90d86ac75b7dcd1e29e9755e78e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_warnings_user" ON "warnings" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "communities"
            ADD "slow_mode_seconds" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD "slow_mode_seconds" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "hidden_reason" text
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_author_created" ON "posts" ("author_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "flags"
            ADD CONSTRAINT "FK_ce92844f056ed4cae9e92f436fa" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "flags"
            ADD CONSTRAINT "FK_0b176e1df0e94ac7e8813e04371" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "warnings"
            ADD CONSTRAINT "FK_7a14eba00a6aaf0dc04f76aff02" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "warnings"
            ADD CONSTRAINT "FK_772e87b5a2509b0daa2a95b63bf" FOREIGN KEY ("moderator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "warnings" DROP CONSTRAINT "FK_772e87b5a2509b0daa2a95b63bf"
        `);
    await queryRunner.query(`
            ALTER TABLE "warnings" DROP CONSTRAINT "FK_7a14eba00a6aaf0dc04f76aff02"
        `);
    await queryRunner.query(`
            ALTER TABLE "flags" DROP CONSTRAINT "FK_0b176e1df0e94ac7e8813e04371"
        `);
    await queryRunner.query(`
            ALTER TABLE "flags" DROP CONSTRAINT "FK_ce92844f056ed4cae9e92f436fa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_author_created"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "hidden_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP COLUMN "slow_mode_seconds"
        `);
    await queryRunner.query(`
            ALTER TABLE "communities" DROP COLUMN "slow_mode_seconds"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_warnings_user"
        `);
    await queryRunner.query(`
            DROP TABLE "warnings"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_flags_open_per_reporter"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_flags_queue"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_flags_target"
        `);
    await queryRunner.query(`
            DROP TABLE "flags"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_author_id" ON "posts" USING btree ("author_id")
        `);
  }
}
