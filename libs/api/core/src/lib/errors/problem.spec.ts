import { BadRequestException, NotFoundException } from '@nestjs/common';
import { NotFoundError, ValidationError } from './domain-error';
import { toProblem } from './problem';

describe('toProblem', () => {
  it('maps a domain error with its code and field errors', () => {
    const { problem, unexpected } = toProblem(new ValidationError([{ field: 'body.title', message: 'is too long' }]));
    expect(unexpected).toBe(false);
    expect(problem).toEqual({
      type: 'urn:sce:problem:validation-failed',
      title: 'Bad Request',
      status: 400,
      detail: 'The request is not valid. body.title: is too long',
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'body.title', message: 'is too long' }],
    });
    expect(toProblem(new NotFoundError('Community')).problem.detail).toBe('Community was not found.');
  });

  it('maps body-parser errors without their internals', () => {
    expect(toProblem(Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' })).problem.code).toBe('PAYLOAD_TOO_LARGE');
    const malformed = toProblem(Object.assign(new SyntaxError('Unexpected token } in JSON at position 9'), { status: 400, type: 'entity.parse.failed' })).problem;
    expect(malformed.code).toBe('MALFORMED_REQUEST');
    expect(malformed.detail).not.toContain('position');
  });

  it('maps Nest HTTP exceptions', () => {
    expect(toProblem(new NotFoundException('Cannot GET /api/x')).problem).toMatchObject({ status: 404, code: 'NOT_FOUND', detail: 'There is nothing at this address.' });
    expect(toProblem(new BadRequestException('limit must be a number')).problem.detail).toBe('limit must be a number');
  });

  it('hides unexpected errors behind a generic 500', () => {
    const { problem, unexpected } = toProblem(new Error('relation "users" does not exist at /srv/app/main.js:1:2'));
    expect(unexpected).toBe(true);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toMatch(/relation|main\.js/);
  });
});
