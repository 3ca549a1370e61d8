import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts at the OpenID Connect provider, keyed by (issuer, subject), for single sign-on. */
export class CreateExternalIdentities1795744740415 implements MigrationInterface {
  name = 'CreateExternalIdentities1795744740415';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "external_identities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "issuer" text NOT NULL,
                "subject" text NOT NULL,
                "email" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "UQ_external_identities_issuer_subject" UNIQUE ("issuer", "subject"),
                CONSTRAINT "PK_85d174f9b82602686b4b3846fc4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_external_identities_user_id" ON "external_identities" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "external_identities"
            ADD CONSTRAINT "FK_8320cffd2d6ca86003e23981668" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "external_identities" DROP CONSTRAINT "FK_8320cffd2d6ca86003e23981668"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_external_identities_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "external_identities"
        `);
  }
}
