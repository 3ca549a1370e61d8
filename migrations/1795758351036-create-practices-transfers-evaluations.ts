import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The practice exchange: practices, transfers with their stage history, and evaluations. */
export class CreatePracticesTransfersEvaluations1795758351036 implements MigrationInterface {
  name = 'CreatePracticesTransfersEvaluations1795758351036';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "practices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "created_by" uuid NOT NULL,
                "title" text NOT NULL,
                "summary" text NOT NULL,
                "domain" text NOT NULL,
                "problem" text NOT NULL DEFAULT '',
                "solution" text NOT NULL DEFAULT '',
                "target_users" text NOT NULL DEFAULT '',
                "channels" text array NOT NULL DEFAULT '{}',
                "technology" text NOT NULL DEFAULT '',
                "cost_band" text,
                "maturity" text NOT NULL,
                "metrics" jsonb NOT NULL DEFAULT '[]',
                "evidence" jsonb NOT NULL DEFAULT '[]',
                "prerequisites" jsonb NOT NULL DEFAULT '{"legal":"","organisational":"","technical":"","language":""}',
                "contact_user_id" uuid,
                "visibility" text NOT NULL DEFAULT 'public',
                "thread_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_practices_visibility" CHECK (visibility IN ('public', 'members')),
                CONSTRAINT "CHK_practices_cost_band" CHECK (
                    cost_band IS NULL
                    OR cost_band IN ('under_10k', '10k_100k', '100k_1m', 'over_1m')
                ),
                CONSTRAINT "CHK_practices_maturity" CHECK (
                    maturity IN ('idea', 'pilot', 'production', 'scaled')
                ),
                CONSTRAINT "CHK_practices_domain" CHECK (
                    domain IN (
                        'permits_licences',
                        'social_care',
                        'mobility',
                        'digital_identity',
                        'open_data',
                        'participation',
                        'tax_payments',
                        'health',
                        'education',
                        'other'
                    )
                ),
                CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practices_organisation" ON "practices" ("organisation_id", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practices_domain_updated" ON "practices" ("domain", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practices_updated" ON "practices" ("updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "practice_transfers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "practice_id" uuid NOT NULL,
                "to_organisation_id" uuid NOT NULL,
                "stage" text NOT NULL,
                "adaptations" text NOT NULL DEFAULT '',
                "lessons" text NOT NULL DEFAULT '',
                "impact" jsonb NOT NULL DEFAULT '[]',
                "success_factors" text array NOT NULL DEFAULT '{}',
                "failure_factors" text array NOT NULL DEFAULT '{}',
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_practice_transfers_stage" CHECK (
                    stage IN ('exploring', 'piloting', 'adopted', 'abandoned')
                ),
                CONSTRAINT "PK_b6f4e642e681c415629e9aef534" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_transfers_updated" ON "practice_transfers" ("updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_transfers_to" ON "practice_transfers" ("to_organisation_id", "updated_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_practice_transfers_practice_to" ON "practice_transfers" ("practice_id", "to_organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "practice_transfer_stages" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "transfer_id" uuid NOT NULL,
                "stage" text NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "changed_by" uuid NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_practice_transfer_stages_stage" CHECK (
                    stage IN ('exploring', 'piloting', 'adopted', 'abandoned')
                ),
                CONSTRAINT "PK_844411b2432f9b03a0e9255ae5f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_transfer_stages_transfer" ON "practice_transfer_stages" ("transfer_id", "changed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "practice_evaluations" (
                "practice_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "effectiveness" smallint NOT NULL,
                "user_satisfaction" smallint NOT NULL,
                "cost_efficiency" smallint NOT NULL,
                "ease_of_transfer" smallint NOT NULL,
                "comment" text NOT NULL DEFAULT '',
                "evidence_level" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_practice_evaluations_evidence" CHECK (
                    evidence_level IN (
                        'anecdote',
                        'internal_evaluation',
                        'external_evaluation',
                        'peer_reviewed'
                    )
                ),
                CONSTRAINT "CHK_practice_evaluations_scores" CHECK (
                    effectiveness BETWEEN 1 AND 5
                    AND user_satisfaction BETWEEN 1 AND 5
                    AND cost_efficiency BETWEEN 1 AND 5
                    AND ease_of_transfer BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_09bc35d70f5b0526fb64293cb98" PRIMARY KEY ("practice_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_evaluations_user" ON "practice_evaluations" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "practices"
            ADD CONSTRAINT "FK_53e8a118b83d63e5e73efc739fe" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practices"
            ADD CONSTRAINT "FK_de4239e95f711793b61a80487d6" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practices"
            ADD CONSTRAINT "FK_6983d71ce2b76eed8aebd444312" FOREIGN KEY ("contact_user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfers"
            ADD CONSTRAINT "FK_3fe1ccc2fc86a6a2ae0f64a1664" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfers"
            ADD CONSTRAINT "FK_23be5e5a730f7a971c2b16112d8" FOREIGN KEY ("to_organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfers"
            ADD CONSTRAINT "FK_ea372cf2ef5ee107c5a69a8dfb9" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfer_stages"
            ADD CONSTRAINT "FK_a78adb356f5a0040b5de5d87ffe" FOREIGN KEY ("transfer_id") REFERENCES "practice_transfers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfer_stages"
            ADD CONSTRAINT "FK_44fb92e4356806f5630eb871e25" FOREIGN KEY ("changed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_evaluations"
            ADD CONSTRAINT "FK_884ee1f2a689ecf6318323f4a4f" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_evaluations"
            ADD CONSTRAINT "FK_c61b1a9579ba6d2b188000c0f1f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "practice_evaluations" DROP CONSTRAINT "FK_c61b1a9579ba6d2b188000c0f1f"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_evaluations" DROP CONSTRAINT "FK_884ee1f2a689ecf6318323f4a4f"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfer_stages" DROP CONSTRAINT "FK_44fb92e4356806f5630eb871e25"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfer_stages" DROP CONSTRAINT "FK_a78adb356f5a0040b5de5d87ffe"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfers" DROP CONSTRAINT "FK_ea372cf2ef5ee107c5a69a8dfb9"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfers" DROP CONSTRAINT "FK_23be5e5a730f7a971c2b16112d8"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_transfers" DROP CONSTRAINT "FK_3fe1ccc2fc86a6a2ae0f64a1664"
        `);
    await queryRunner.query(`
            ALTER TABLE "practices" DROP CONSTRAINT "FK_6983d71ce2b76eed8aebd444312"
        `);
    await queryRunner.query(`
            ALTER TABLE "practices" DROP CONSTRAINT "FK_de4239e95f711793b61a80487d6"
        `);
    await queryRunner.query(`
            ALTER TABLE "practices" DROP CONSTRAINT "FK_53e8a118b83d63e5e73efc739fe"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practice_evaluations_user"
        `);
    await queryRunner.query(`
            DROP TABLE "practice_evaluations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practice_transfer_stages_transfer"
        `);
    await queryRunner.query(`
            DROP TABLE "practice_transfer_stages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_practice_transfers_practice_to"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practice_transfers_to"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practice_transfers_updated"
        `);
    await queryRunner.query(`
            DROP TABLE "practice_transfers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practices_updated"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practices_domain_updated"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practices_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "practices"
        `);
  }
}
