import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents and their versions; tags get a GIN index (made by hand: TypeORM cannot declare one). */
export class CreateDocuments1795757789698 implements MigrationInterface {
  name = 'CreateDocuments1795757789698';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "documents" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "community_id" uuid NOT NULL,
                "thread_id" uuid,
                "event_id" uuid,
                "owner_id" uuid NOT NULL,
                "title" text NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "tags" text array NOT NULL DEFAULT '{}',
                "licence" text NOT NULL,
                "language" text NOT NULL,
                "version_count" integer NOT NULL DEFAULT '0',
                "current_mime" text NOT NULL DEFAULT '',
                "current_size" bigint NOT NULL DEFAULT '0',
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_documents_owner" ON "documents" ("owner_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_documents_event" ON "documents" ("event_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_documents_thread" ON "documents" ("thread_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_documents_community_updated" ON "documents" ("community_id", "updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "document_versions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "document_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "storage_key" text NOT NULL,
                "thumbnail_key" text,
                "original_name" text NOT NULL,
                "mime" text NOT NULL,
                "size_bytes" bigint NOT NULL,
                "sha256" text NOT NULL,
                "change_note" text NOT NULL DEFAULT '',
                "uploaded_by" uuid NOT NULL,
                "extracted_text" text,
                "page_count" integer,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_ba5a2c2386ab5d029fc66b76ef8" UNIQUE ("storage_key"),
                CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_document_versions_number" ON "document_versions" ("document_id", "number")
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_ab097f314ef9445c8dab1624c9e" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "documents"
            ADD CONSTRAINT "FK_888a4852e27627d1ebd8a094e98" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "document_versions"
            ADD CONSTRAINT "FK_ac75577bca976d6d581b0f459b6" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "document_versions"
            ADD CONSTRAINT "FK_3d213e52561610b751922e36e8a" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_documents_tags" ON "documents" USING GIN ("tags")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_documents_tags"
        `);
    await queryRunner.query(`
            ALTER TABLE "document_versions" DROP CONSTRAINT "FK_3d213e52561610b751922e36e8a"
        `);
    await queryRunner.query(`
            ALTER TABLE "document_versions" DROP CONSTRAINT "FK_ac75577bca976d6d581b0f459b6"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_888a4852e27627d1ebd8a094e98"
        `);
    await queryRunner.query(`
            ALTER TABLE "documents" DROP CONSTRAINT "FK_ab097f314ef9445c8dab1624c9e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_document_versions_number"
        `);
    await queryRunner.query(`
            DROP TABLE "document_versions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_documents_community_updated"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_documents_thread"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_documents_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_documents_owner"
        `);
    await queryRunner.query(`
            DROP TABLE "documents"
        `);
  }
}
