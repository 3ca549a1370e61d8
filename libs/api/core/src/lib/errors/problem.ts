import { HttpException, HttpStatus } from '@nestjs/common';
import type { Problem } from '@sce/shared-contracts';
import { CommonErrorCode, DomainError } from './domain-error';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

const CODE_BY_STATUS: Partial<Record<number, CommonErrorCode>> = {
  400: CommonErrorCode.MALFORMED_REQUEST,
  401: CommonErrorCode.UNAUTHENTICATED,
  403: CommonErrorCode.FORBIDDEN,
  404: CommonErrorCode.NOT_FOUND,
  409: CommonErrorCode.CONFLICT,
  413: CommonErrorCode.PAYLOAD_TOO_LARGE,
  429: CommonErrorCode.RATE_LIMITED,
  503: CommonErrorCode.SERVICE_UNAVAILABLE,
};

export function problemType(code: string): string {
  return `urn:sce:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

function problem(status: number, code: string, detail: string, errors?: Problem['errors']): Problem {
  return {
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Errors raised by Express' body parser carry a status and a `type` such as `entity.too.large`. */
interface BodyParserError {
  status: number;
  type: string;
}
function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error && typeof (error as BodyParserError).type === 'string';
}

/**
 * Maps anything thrown while handling a request to problem details. Only texts written for
 * clients pass through; everything unexpected becomes a generic 500 (logged by the caller).
 */
export function toProblem(error: unknown): { problem: Problem; unexpected: boolean } {
  if (error instanceof DomainError) {
    return { problem: problem(error.status, error.code, error.detail, error.errors), unexpected: false };
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return { problem: problem(413, CommonErrorCode.PAYLOAD_TOO_LARGE, 'The request body is larger than this endpoint accepts.'), unexpected: false };
    }
    if (error.status >= 400 && error.status < 500) {
      return { problem: problem(error.status, CommonErrorCode.MALFORMED_REQUEST, 'The request body could not be read: it must be valid JSON in UTF-8.'), unexpected: false };
    }
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status >= 500) {
      return { problem: problem(status, CODE_BY_STATUS[status] ?? CommonErrorCode.INTERNAL_ERROR, status === 503 ? 'The service is not ready; try again shortly.' : 'Something went wrong on our side.'), unexpected: status !== 503 };
    }
    return { problem: problem(status, CODE_BY_STATUS[status] ?? `HTTP_${status}`, httpDetail(error, status)), unexpected: false };
  }
  return {
    problem: problem(HttpStatus.INTERNAL_SERVER_ERROR, CommonErrorCode.INTERNAL_ERROR, 'Something went wrong on our side. The error has been logged.'),
    unexpected: true,
  };
}

function httpDetail(error: HttpException, status: number): string {
  if (status === 404) return 'There is nothing at this address.';
  const response = error.getResponse();
  const message = typeof response === 'object' && response !== null && 'message' in response ? (response as { message: unknown }).message : error.message;
  return typeof message === 'string' ? message : TITLES[status] ?? 'The request could not be handled.';
}
