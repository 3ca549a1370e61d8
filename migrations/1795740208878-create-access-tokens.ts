import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Personal access tokens for integrations, stored as SHA-256. */
export class CreateAccessTokens1795740208878 implements MigrationInterface {
  name = 'CreateAccessTokens1795740208878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "access_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "name" text NOT NULL,
                "token_hash" text NOT NULL,
                "prefix" text NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE,
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_65140f59763ff994a0252488166" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_access_tokens_hash" ON "access_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_access_tokens_user_created" ON "access_tokens" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "access_tokens"
            ADD CONSTRAINT "FK_09ee750a035b06e0c7f0704687e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "access_tokens" DROP CONSTRAINT "FK_09ee750a035b06e0c7f0704687e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_access_tokens_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_access_tokens_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "access_tokens"
        `);
  }
}
