import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The real-time outbox, and the table the Socket.IO PostgreSQL adapter keeps payloads too large
 * for a NOTIFY in (its documented schema; it deletes old rows itself).
 */
export class CreateRealtimeEvents1795755330014 implements MigrationInterface {
  name = 'CreateRealtimeEvents1795755330014';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "realtime_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "position" bigint,
                "type" text NOT NULL,
                "rooms" text array NOT NULL,
                "data" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_535dd20d151b19b78602eb4aebb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_realtime_events_created" ON "realtime_events" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_realtime_events_pending" ON "realtime_events" ("id")
            WHERE position IS NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_realtime_events_position" ON "realtime_events" ("position")
            WHERE position IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "socket_io_attachments" (
                "id" bigserial UNIQUE,
                "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(),
                "payload" bytea
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "socket_io_attachments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_realtime_events_position"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_realtime_events_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_realtime_events_created"
        `);
    await queryRunner.query(`
            DROP TABLE "realtime_events"
        `);
  }
}
