import type { MigrationInterface, QueryRunner } from 'typeorm';

/** New members' first posts wait for approval (per community, default 2); existing posts are approved. */
export class AddPostApproval1795760468277 implements MigrationInterface {
  name = 'AddPostApproval1795760468277';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "communities"
            ADD "new_member_approvals" integer NOT NULL DEFAULT '2'
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD "approval" text NOT NULL DEFAULT 'approved'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_posts_pending" ON "posts" ("created_at", "id")
            WHERE approval = 'pending'
        `);
    await queryRunner.query(`
            ALTER TABLE "posts"
            ADD CONSTRAINT "CHK_posts_approval" CHECK (approval IN ('approved', 'pending', 'rejected'))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "posts" DROP CONSTRAINT "CHK_posts_approval"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_posts_pending"
        `);
    await queryRunner.query(`
            ALTER TABLE "posts" DROP COLUMN "approval"
        `);
    await queryRunner.query(`
            ALTER TABLE "communities" DROP COLUMN "new_member_approvals"
        `);
  }
}
