import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toProblem } from './problem';

/** The one place where errors become HTTP responses: RFC 9457 problem+json, never a stack. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const response = host.switchToHttp().getResponse<Response>();
    const { problem, unexpected } = toProblem(error);
    if (unexpected) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    if (response.headersSent) {
      response.end();
      return;
    }
    // Errors that know when to come back (slow mode, rate limits) say so.
    const retryAfter = (error as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (typeof retryAfter === 'number' && retryAfter > 0) response.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    response.status(problem.status).type('application/problem+json').json(problem);
  }
}
