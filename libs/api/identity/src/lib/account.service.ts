import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Mailer, TransactionRunner, actionMail } from '@sce/api-core';
import type { Accepted, ForgotPasswordRequest, RegisterRequest, ResetPasswordRequest, VerifyEmailResult } from '@sce/shared-contracts';
import { fieldError, linkInvalid } from './identity.errors';
import { OrganisationRepository } from './organisation.repository';
import { passwordWeakness } from './password-policy';
import { hashPassword } from './passwords';
import { SessionRepository } from './session.repository';
import { UserEntity } from './user.entity';
import { UserTokenRepository } from './user-token.repository';
import { UserRepository } from './user.repository';

const VERIFY_TTL_MS = 48 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;

export const REGISTERED_MESSAGE = 'Check your inbox: we sent a link to confirm your email address.';
export const RESET_REQUESTED_MESSAGE = 'If an account uses this address, we sent it a link to choose a new password.';

/**
 * Registration, email verification and password reset. Answers never reveal whether an address
 * has an account: the mail tells its owner instead.
 */
@Injectable()
export class AccountService {
  private readonly security = new Logger('Security');

  constructor(
    private readonly users: UserRepository,
    private readonly organisations: OrganisationRepository,
    private readonly tokens: UserTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly transactions: TransactionRunner,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(request: RegisterRequest): Promise<Accepted> {
    const weakness = passwordWeakness(request.password, [request.email.split('@')[0] ?? '', request.displayName]);
    if (weakness) throw fieldError('body.password', weakness);
    const organisation = await this.organisations.findById(request.organisationId);
    if (!organisation) throw fieldError('body.organisationId', 'is not an organisation on this platform');
    // Hashed in every case so a known address does not answer faster.
    const passwordHash = await hashPassword(request.password);

    const existing = await this.users.findByEmail(request.email);
    if (existing) {
      await this.mailer.send({
        to: existing.email,
        subject: 'Someone tried to register with your address',
        ...actionMail({
          greeting: `Hello ${existing.displayName},`,
          paragraphs: ['Someone (perhaps you) tried to create a Smart Cities Exchange account with this email address, which already has one. If it was you, sign in or reset your password.'],
          action: { label: 'Reset your password', url: `${this.config.publicUrl}/forgot-password` },
          footer: 'If it was not you, you can ignore this message.',
        }),
      });
      return { message: REGISTERED_MESSAGE };
    }

    const secret = await this.transactions.run(async (tx) => {
      const user = await tx.save(tx.create(UserEntity, {
        email: request.email, displayName: request.displayName, organisationId: organisation.id, passwordHash, status: 'pending', role: 'member',
      }));
      return this.tokens.issue(user.id, 'verify-email', VERIFY_TTL_MS, tx);
    });
    await this.mailer.send({
      to: request.email,
      subject: 'Confirm your email address',
      ...actionMail({
        greeting: `Hello ${request.displayName},`,
        paragraphs: [`Welcome to Smart Cities Exchange. Confirm that this address is yours to finish creating your account with ${organisation.name}.`],
        action: { label: 'Confirm your email address', url: `${this.config.publicUrl}/verify-email?token=${secret}` },
        footer: 'The link works once, for 48 hours. If you did not register, ignore this message.',
      }),
    });
    return { message: REGISTERED_MESSAGE };
  }

  /** Confirms the address; the account is active at once when its domain belongs to the organisation. */
  async verifyEmail(token: string): Promise<VerifyEmailResult> {
    const result = await this.transactions.run(async (tx) => {
      const userId = await this.tokens.consume(token, 'verify-email', tx);
      if (!userId) return null;
      const user = await tx.findOneOrFail(UserEntity, { where: { id: userId } });
      const organisation = await this.organisations.findById(user.organisationId);
      const domain = user.email.split('@')[1] ?? '';
      const trusted = organisation?.emailDomains.some((d) => d.toLowerCase() === domain) ?? false;
      const status = user.status === 'pending' && trusted ? 'active' : user.status;
      await tx.update(UserEntity, { id: user.id }, { emailVerifiedAt: new Date(), status });
      return { user, status };
    });
    if (!result) throw linkInvalid();
    this.security.log({ event: 'email.verified', userId: result.user.id, status: result.status }, 'email verified');
    return { status: result.status === 'active' ? 'active' : 'awaiting-approval' };
  }

  async forgotPassword(request: ForgotPasswordRequest): Promise<Accepted> {
    const user = await this.users.findByEmail(request.email);
    if (user && user.status !== 'deleted') {
      const secret = await this.transactions.run((tx) => this.tokens.issue(user.id, 'reset-password', RESET_TTL_MS, tx));
      await this.mailer.send({
        to: user.email,
        subject: 'Choose a new password',
        ...actionMail({
          greeting: `Hello ${user.displayName},`,
          paragraphs: ['We received a request to reset the password of your Smart Cities Exchange account.'],
          action: { label: 'Choose a new password', url: `${this.config.publicUrl}/reset-password?token=${secret}` },
          footer: 'The link works once, for one hour. If you did not ask for it, ignore this message: your password stays as it is.',
        }),
      });
    }
    return { message: RESET_REQUESTED_MESSAGE };
  }

  /** Sets the new password and ends every session of the account. */
  async resetPassword(request: ResetPasswordRequest): Promise<void> {
    const passwordHash = await hashPassword(request.password);
    const userId = await this.transactions.run(async (tx) => {
      const id = await this.tokens.consume(request.token, 'reset-password', tx);
      if (!id) return null;
      const user = await tx.findOneOrFail(UserEntity, { where: { id } });
      const weakness = passwordWeakness(request.password, [user.email.split('@')[0] ?? '', user.displayName]);
      if (weakness) throw fieldError('body.password', weakness);
      await tx.update(UserEntity, { id }, { passwordHash });
      await this.sessions.revokeAllOfUser(id, 'password-reset', tx);
      return id;
    });
    if (!userId) throw linkInvalid();
    this.security.log({ event: 'password.reset', userId }, 'password reset; all sessions ended');
  }
}
