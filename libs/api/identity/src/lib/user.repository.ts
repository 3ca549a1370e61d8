import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { UserEntity } from './user.entity';

@Injectable()
export class UserRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** `email` must already be normalised (trimmed, lower case), as stored. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email } });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  /** Active members of an organisation in display-name order (keyset). */
  membersOf(organisationId: string, after: { name: string; id: string } | null, limit: number): Promise<UserEntity[]> {
    const query = this.users
      .createQueryBuilder('u')
      .where("u.organisation_id = :organisationId AND u.status = 'active'", { organisationId })
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(u.display_name, u.id) > (:name, :id)', after);
    return query.getMany();
  }

  /** Active people whose name contains `part` (case-insensitive), names starting with it first. */
  async search(part: string, limit: number): Promise<{ id: string; displayName: string; organisationId: string; organisationName: string }[]> {
    const like = `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: { id: string; display_name: string; organisation_id: string; organisation_name: string }[] = await this.users.query(
      `SELECT u.id, u.display_name, u.organisation_id, o.name AS organisation_name
       FROM users u JOIN organisations o ON o.id = u.organisation_id
       WHERE u.status = 'active' AND u.display_name ILIKE $1 ESCAPE '\\'
       ORDER BY (u.display_name ILIKE $2 ESCAPE '\\') DESC, u.display_name, u.id
       LIMIT $3`,
      [like, `${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, limit],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, organisationId: r.organisation_id, organisationName: r.organisation_name }));
  }

  async liftExpiredSuspension(id: string, tx: EntityManager): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ status: 'active', suspendedUntil: null, suspensionReason: null })
      .where("id = :id AND status = 'suspended' AND suspended_until <= now()", { id })
      .execute();
  }
}
