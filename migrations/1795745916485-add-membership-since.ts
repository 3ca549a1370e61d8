import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a membership reached its state (for member lists in that order), and when it last changed. */
export class AddMembershipSince1795745916485 implements MigrationInterface {
  name = 'AddMembershipSince1795745916485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD "since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    // Existing memberships date from their creation, not from this migration.
    await queryRunner.query(
      `UPDATE "memberships" SET "since" = "created_at", "updated_at" = "created_at"`,
    );
    await queryRunner.query(`
            CREATE INDEX "IDX_memberships_community_state_since" ON "memberships" ("community_id", "state", "since", "user_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_memberships_community_state_since"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP COLUMN "updated_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP COLUMN "since"
        `);
  }
}
