import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Suspension end and reason on users; an index for the admin user list (newest first). */
export class AddUserSuspension1795739904252 implements MigrationInterface {
  name = 'AddUserSuspension1795739904252';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "suspended_until" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "suspension_reason" text
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_users_created_id" ON "users" ("created_at", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_users_created_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "suspension_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "suspended_until"
        `);
  }
}
