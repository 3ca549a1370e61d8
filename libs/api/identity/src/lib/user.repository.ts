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

  async liftExpiredSuspension(id: string, tx: EntityManager): Promise<void> {
    await tx
      .createQueryBuilder()
      .update(UserEntity)
      .set({ status: 'active', suspendedUntil: null, suspensionReason: null })
      .where("id = :id AND status = 'suspended' AND suspended_until <= now()", { id })
      .execute();
  }
}
