import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Research details and edit time on threads, the tag filter index, and per-person read markers. */
export class AddThreadResearchAndReads1795746412704 implements MigrationInterface {
  name = 'AddThreadResearchAndReads1795746412704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Declared with synchronize: false on ThreadEntity.tags: TypeORM cannot express GIN.
    await queryRunner.query(
      `CREATE INDEX "IDX_threads_tags" ON "threads" USING GIN ("tags")`,
    );
    await queryRunner.query(`
            CREATE TABLE "thread_reads" (
                "user_id" uuid NOT NULL,
                "thread_id" uuid NOT NULL,
                "read_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_21fb598bdd8f46af57ee725b172" PRIMARY KEY ("user_id", "thread_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_thread_reads_thread_id" ON "thread_reads" ("thread_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD "research" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "threads"
            ADD "edited_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_reads"
            ADD CONSTRAINT "FK_f43cce923ead83fc3e1201cf160" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_reads"
            ADD CONSTRAINT "FK_cd09dab00ef27d7014d49cdde7f" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_threads_tags"`);
    await queryRunner.query(`
            ALTER TABLE "thread_reads" DROP CONSTRAINT "FK_cd09dab00ef27d7014d49cdde7f"
        `);
    await queryRunner.query(`
            ALTER TABLE "thread_reads" DROP CONSTRAINT "FK_f43cce923ead83fc3e1201cf160"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP COLUMN "edited_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "threads" DROP COLUMN "research"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_thread_reads_thread_id"
        `);
    await queryRunner.query(`
            DROP TABLE "thread_reads"
        `);
  }
}
