import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Mailer, TransactionRunner, type Viewer, actionMail } from '@sce/api-core';
import type { Accepted, ChangeEmailRequest, ChangePasswordRequest, OwnProfile, PeopleQuery, Person, ProfilePatch } from '@sce/shared-contracts';
import { type IssuedSession, AuthService } from './auth.service';
import { IdentityError, IdentityErrorCode, fieldError, linkInvalid } from './identity.errors';
import { passwordWeakness } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { SessionRepository } from './session.repository';
import { UserEntity } from './user.entity';
import { UserTokenRepository } from './user-token.repository';
import { UserRepository } from './user.repository';

const EMAIL_CHANGE_TTL_MS = 24 * 3600 * 1000;
export const EMAIL_CHANGE_MESSAGE = 'We sent a link to the new address: open it to make the change. Until then your address stays as it is.';

function toOwnProfile(u: UserEntity): OwnProfile {
  return {
    id: u.id, email: u.email, displayName: u.displayName, bio: u.bio, expertise: u.expertise, language: u.language, timeZone: u.timeZone,
    role: u.role, organisationId: u.organisationId, emailVerifiedAt: u.emailVerifiedAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString(),
  };
}

const wrongPassword = () => fieldError('body.currentPassword', 'is not your current password');

/** A person's own account: profile, password and email address (both re-ask the current password). */
@Injectable()
export class ProfileService {
  private readonly security = new Logger('Security');

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: UserTokenRepository,
    private readonly auth: AuthService,
    private readonly transactions: TransactionRunner,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Active people by part of their name, for mentions and invitations. */
  search(query: PeopleQuery): Promise<Person[]> {
    return this.users.search(query.q, query.limit);
  }

  async get(viewer: Viewer): Promise<OwnProfile> {
    return toOwnProfile(await this.user(viewer.id));
  }

  async update(viewer: Viewer, patch: ProfilePatch): Promise<OwnProfile> {
    await this.transactions.run((tx) => tx.update(UserEntity, { id: viewer.id }, patch));
    return this.get(viewer);
  }

  /** Changes the password, ends every session, and starts a fresh one for this device. */
  async changePassword(viewer: Viewer, request: ChangePasswordRequest, userAgent: string): Promise<IssuedSession> {
    const user = await this.user(viewer.id);
    if (!(await verifyPassword(user.passwordHash, request.currentPassword))) throw wrongPassword();
    const weakness = passwordWeakness(request.newPassword, [user.email.split('@')[0] ?? '', user.displayName]);
    if (weakness) throw fieldError('body.newPassword', weakness);
    const passwordHash = await hashPassword(request.newPassword);
    const issued = await this.transactions.run(async (tx) => {
      await tx.update(UserEntity, { id: user.id }, { passwordHash });
      await this.sessions.revokeAllOfUser(user.id, 'password-change', tx);
      return this.auth.startSession(user, userAgent, tx);
    });
    this.security.log({ event: 'password.changed', userId: user.id }, 'password changed; other sessions ended');
    return issued;
  }

  /** Mails a confirmation link to the new address; the change happens when it is opened. */
  async requestEmailChange(viewer: Viewer, request: ChangeEmailRequest): Promise<Accepted> {
    const user = await this.user(viewer.id);
    if (!(await verifyPassword(user.passwordHash, request.currentPassword))) throw wrongPassword();
    if (request.newEmail === user.email) throw fieldError('body.newEmail', 'is already your address');
    // A taken address gets the same answer; its owner is not told anything by this request.
    if (await this.users.findByEmail(request.newEmail)) return { message: EMAIL_CHANGE_MESSAGE };
    const secret = await this.transactions.run((tx) => this.tokens.issue(user.id, 'change-email', EMAIL_CHANGE_TTL_MS, tx, request.newEmail));
    await this.mailer.send({
      to: request.newEmail,
      subject: 'Confirm your new email address',
      ...actionMail({
        greeting: `Hello ${user.displayName},`,
        paragraphs: ['Confirm that you want to use this address for your Smart Cities Exchange account.'],
        action: { label: 'Confirm the new address', url: `${this.config.publicUrl}/confirm-email?token=${secret}` },
        footer: 'The link works once, for 24 hours. If you did not ask for this, ignore this message.',
      }),
    });
    return { message: EMAIL_CHANGE_MESSAGE };
  }

  /** Opens the emailed link: the address changes and the old one is told. */
  async confirmEmailChange(token: string): Promise<void> {
    const changed = await this.transactions.run(async (tx) => {
      const consumed = await this.tokens.consumeWithEmail(token, 'change-email', tx);
      if (!consumed?.newEmail) return null;
      const user = await tx.findOneOrFail(UserEntity, { where: { id: consumed.userId } });
      const taken = await tx.findOne(UserEntity, { where: { email: consumed.newEmail } });
      if (taken) throw new IdentityError(IdentityErrorCode.LINK_INVALID, 409, 'This address is now used by another account.');
      await tx.update(UserEntity, { id: user.id }, { email: consumed.newEmail, emailVerifiedAt: new Date() });
      return { user, oldEmail: user.email, newEmail: consumed.newEmail };
    });
    if (!changed) throw linkInvalid();
    this.security.log({ event: 'email.changed', userId: changed.user.id }, 'email address changed');
    await this.mailer.send({
      to: changed.oldEmail,
      subject: 'Your email address was changed',
      ...actionMail({
        greeting: `Hello ${changed.user.displayName},`,
        paragraphs: [`The email address of your Smart Cities Exchange account is now ${changed.newEmail}.`],
        action: { label: 'Reset your password if this was not you', url: `${this.config.publicUrl}/forgot-password` },
        footer: 'If you made this change, there is nothing to do.',
      }),
    });
  }

  private async user(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new IdentityError(IdentityErrorCode.LINK_INVALID, 401, 'Your account no longer exists.');
    return user;
  }
}
