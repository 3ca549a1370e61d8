import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use mailed tokens (email verification, password reset), stored as SHA-256. */
export class CreateUserTokens1795738781426 implements MigrationInterface {
  name = 'CreateUserTokens1795738781426';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "user_tokens" (
                "token_hash" text NOT NULL,
                "user_id" uuid NOT NULL,
                "purpose" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_user_tokens_purpose" CHECK (purpose IN ('verify-email', 'reset-password')),
                CONSTRAINT "PK_ebdd918653813b59cdd5d379b5b" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_user_tokens_user_id" ON "user_tokens" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "user_tokens"
            ADD CONSTRAINT "FK_9e144a67be49e5bba91195ef5de" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "user_tokens" DROP CONSTRAINT "FK_9e144a67be49e5bba91195ef5de"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_user_tokens_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "user_tokens"
        `);
  }
}
