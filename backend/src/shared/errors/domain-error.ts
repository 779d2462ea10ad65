/**
 * Errors a keeper or a client can act on. Domain code throws these; one filter maps the code to HTTP,
 * so services never know about status codes.
 */
export type DomainErrorCode =
  | 'INVALID_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ENTITLEMENT_REQUIRED'
  | 'DASHBOARD_LIMIT'
  | 'NO_SUBSCRIPTION'
  | 'BILLING_EXEMPT'
  | 'IMPLAUSIBLE_VALUE'
  | 'SUPERSEDED_CORRECTION';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Extra fields the client may use (e.g. the reason and limit of a closed gate). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found`);
    this.name = 'NotFoundError';
  }
}

export class InvalidRequestError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('INVALID_REQUEST', message, details);
    this.name = 'InvalidRequestError';
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue') {
    super('UNAUTHENTICATED', message);
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
    this.name = 'ForbiddenError';
  }
}

export const HTTP_STATUS_BY_CODE: Readonly<Record<DomainErrorCode, number>> = {
  INVALID_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ENTITLEMENT_REQUIRED: 403,
  DASHBOARD_LIMIT: 403,
  NO_SUBSCRIPTION: 409,
  BILLING_EXEMPT: 409,
  IMPLAUSIBLE_VALUE: 400,
  SUPERSEDED_CORRECTION: 409,
};
