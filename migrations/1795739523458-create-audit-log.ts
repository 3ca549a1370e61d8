import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit log: a trigger refuses UPDATE, DELETE and TRUNCATE. */
export class CreateAuditLog1795739523458 implements MigrationInterface {
  name = 'CreateAuditLog1795739523458';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "actor_id" uuid,
                "action" text NOT NULL,
                "target_type" text NOT NULL,
                "target_id" text NOT NULL,
                "reason" text,
                "details" jsonb NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_target" ON "audit_log" ("target_type", "target_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_created" ON "audit_log" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_log"
                FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER audit_log_no_truncate ON "audit_log"`,
    );
    await queryRunner.query(
      `DROP TRIGGER audit_log_no_update_or_delete ON "audit_log"`,
    );
    await queryRunner.query(`DROP FUNCTION audit_log_is_append_only()`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_log_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_log_target"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
