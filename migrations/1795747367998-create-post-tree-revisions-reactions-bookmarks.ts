import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reply trees in path order, numbered posts, revisions, reactions, mentions and bookmarks.
 * Existing posts get their numbers and paths computed from the tree before the columns turn NOT NULL.
 */
export class CreatePostTreeRevisionsReactionsBookmarks1795747367998 implements MigrationInterface {
  name = 'CreatePostTreeRevisionsReactionsBookmarks1795747367998';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_thread_created"
        `);
    await queryRunner.query(`
            CREATE TABLE "bookmarks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "thread_id" uuid NOT NULL,
                "post_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7f976ef6cecd37a53bd11685f32" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bookmarks_post_id" ON "bookmarks" ("post_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bookmarks_thread_id" ON "bookmarks" ("thread_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bookmarks_user_created" ON "bookmarks" ("user_id", "created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "post_mentions" (
                "post_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                CONSTRAINT "PK_ce0cd5309b007f7e495d8369703" PRIMARY KEY ("post_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_post_mentions_user_id" ON "post_mentions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "post_reactions" (
                "post_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_post_reactions_kind" CHECK (
                    kind IN (
                        'like',
                        'thanks',
                        'insightful',
                        'agree',
                        'curious'
                    )
                ),
                CONSTRAINT "PK_d5cf6ca41768217312d9ee64e96" PRIMARY KEY ("post_id", "user_id", "kind")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "post_revisions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "editor_id" uuid NOT NULL,
                "body_md" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_871219c3d5044d70ff7d59480b8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_post_revisions_post_version" ON "post_revisions" ("post_id", "version")
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD "post_seq" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`ALTER TABLE "posts" ADD "last_editor_id" uuid`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "number" integer`);
    await queryRunner.query(`ALTER TABLE "posts" ADD "path" text COLLATE "C"`);
    await queryRunner.query(`
            UPDATE "posts" p SET "number" = n.rn
            FROM (SELECT id, row_number() OVER (PARTITION BY thread_id ORDER BY created_at, id) AS rn FROM "posts") n
            WHERE n.id = p.id
        `);
    await queryRunner.query(`
            WITH RECURSIVE tree AS (
                SELECT id, lpad("number"::text, 7, '0') AS path FROM "posts" WHERE parent_id IS NULL
                UNION ALL
                SELECT c.id, tree.path || '/' || lpad(c."number"::text, 7, '0') FROM "posts" c JOIN tree ON c.parent_id = tree.id
            )
            UPDATE "posts" p SET "path" = tree.path FROM tree WHERE tree.id = p.id
        `);
    await queryRunner.query(
      `ALTER TABLE "posts" ALTER COLUMN "number" SET NOT NULL, ALTER COLUMN "path" SET NOT NULL`,
    );
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "child_count" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "revision_count" integer NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "reaction_counts" jsonb NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(
      `UPDATE "threads" t SET post_seq = COALESCE((SELECT max("number") FROM "posts" WHERE thread_id = t.id), 0)`,
    );
    await queryRunner.query(
      `UPDATE "posts" p SET child_count = (SELECT count(*) FROM "posts" c WHERE c.parent_id = p.id)`,
    );
    // Declared with synchronize: false on BookmarkEntity: TypeORM cannot express NULLS NOT DISTINCT.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_bookmarks_user_target" ON "bookmarks" ("user_id", "thread_id", "post_id") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_posts_thread_number" ON "posts" ("thread_id", "number")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_thread_path" ON "posts" ("thread_id", "path")
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "CHK_posts_counts" CHECK (
                    child_count >= 0
                    AND revision_count >= 0
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "bookmarks"
            ADD CONSTRAINT "FK_58a0fbaee65cd8959a870ee678c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bookmarks"
            ADD CONSTRAINT "FK_acb6c3307ef596d8db3944883f3" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bookmarks"
            ADD CONSTRAINT "FK_51f539993ae903a927bd44dbe49" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mentions"
            ADD CONSTRAINT "FK_7842d306938f9b2dceb988d270e" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mentions"
            ADD CONSTRAINT "FK_5a8db2aeceb69dbd33e427be1d9" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions"
            ADD CONSTRAINT "FK_595c9605f31a27c0c557c5befb9" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions"
            ADD CONSTRAINT "FK_8268cd23ab20dcef2bfd3cbada0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_revisions"
            ADD CONSTRAINT "FK_21715fae1f647ae1e4b0741346a" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "post_revisions"
            ADD CONSTRAINT "FK_d4cc016eff941f8be976ba83d2a" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "posts" DROP COLUMN "last_editor_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_bookmarks_user_target"`);
    await queryRunner.query(`
            ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_d4cc016eff941f8be976ba83d2a"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_revisions" DROP CONSTRAINT "FK_21715fae1f647ae1e4b0741346a"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_8268cd23ab20dcef2bfd3cbada0"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_reactions" DROP CONSTRAINT "FK_595c9605f31a27c0c557c5befb9"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_5a8db2aeceb69dbd33e427be1d9"
        `);
    await queryRunner.query(`
            ALTER TABLE "post_mentions" DROP CONSTRAINT "FK_7842d306938f9b2dceb988d270e"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookmarks" DROP CONSTRAINT "FK_51f539993ae903a927bd44dbe49"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookmarks" DROP CONSTRAINT "FK_acb6c3307ef596d8db3944883f3"
        `);
    await queryRunner.query(`
            ALTER TABLE "bookmarks" DROP CONSTRAINT "FK_58a0fbaee65cd8959a870ee678c"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_counts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_thread_path"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_posts_thread_number"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "reaction_counts"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "revision_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "child_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "path"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "number"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP COLUMN "post_seq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_post_revisions_post_version"
        `);
    await queryRunner.query(`
            DROP TABLE "post_revisions"
        `);
    await queryRunner.query(`
            DROP TABLE "post_reactions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_post_mentions_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "post_mentions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bookmarks_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bookmarks_thread_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bookmarks_post_id"
        `);
    await queryRunner.query(`
            DROP TABLE "bookmarks"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_thread_created" ON "posts" USING btree ("id", "thread_id", "created_at")
        `);
  }
}
