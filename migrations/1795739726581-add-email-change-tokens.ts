import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email-change links carry the new address. TypeORM does not notice a changed CHECK expression
 * under the same name, so the purpose constraint is replaced by hand.
 */
export class AddEmailChangeTokens1795739726581 implements MigrationInterface {
  name = 'AddEmailChangeTokens1795739726581';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_tokens"
            ADD "new_email" text
        `);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" DROP CONSTRAINT "CHK_user_tokens_purpose"`,
    );
    await queryRunner.query(`
            ALTER TABLE "user_tokens" ADD CONSTRAINT "CHK_user_tokens_purpose"
                CHECK (purpose IN ('verify-email', 'reset-password', 'change-email'))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_tokens" DROP COLUMN "new_email"
        `);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" DROP CONSTRAINT "CHK_user_tokens_purpose"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "CHK_user_tokens_purpose" CHECK (purpose IN ('verify-email', 'reset-password'))`,
    );
  }
}
