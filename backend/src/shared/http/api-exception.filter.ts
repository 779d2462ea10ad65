import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { findRoute } from '../../catalogue';
import { DomainError, HTTP_STATUS_BY_CODE } from '../errors/domain-error';
import { recordFailure } from '../errors/support-reference';
import { UpstreamFailureError } from '../errors/upstream-error';
import { callerFromClaims } from './caller';
import { currentClaims, currentInvocation } from './invocation-context';

export const UNEXPECTED_MESSAGE =
  'Something went wrong on our side. Nothing you sent was lost; quote the reference if you contact support.';

function httpCode(status: number): string {
  const names: Record<number, string> = { 400: 'INVALID_REQUEST', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 409: 'CONFLICT', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };
  return names[status] ?? 'REQUEST_FAILED';
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** Body-parser's error for a body that is not JSON. */
function isMalformedBody(exception: unknown): exception is { status: number; type: string } {
  return typeof exception === 'object' && exception !== null && (exception as { type?: string }).type === 'entity.parse.failed';
}

/**
 * Turns domain errors into 4xx answers and anything unexpected into a support reference:
 * a 500 with `{ message, referenceId }`, the details logged and stored in `app-error`, no stack sent.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();

    if (exception instanceof DomainError) {
      response.status(HTTP_STATUS_BY_CODE[exception.code]).json({ ...exception.details, message: exception.message, code: exception.code });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        response.status(status).json({ message: messageOf(exception), code: httpCode(status) });
        return;
      }
    }
    if (isMalformedBody(exception)) {
      response.status(400).json({ message: 'The request body is not valid JSON', code: 'INVALID_REQUEST' });
      return;
    }

    const invocation = currentInvocation();
    const body = (request.body ?? {}) as { tankId?: unknown };
    const { referenceId } = await recordFailure(exception, {
      operation: findRoute(request.method, request.path)?.operation ?? `${request.method} ${request.path}`,
      userId: callerFromClaims(currentClaims())?.userId,
      tankId: typeof body.tankId === 'string' ? body.tankId : undefined,
      apiRequestId: invocation?.event.requestContext?.requestId,
      lambdaRequestId: invocation?.context.awsRequestId,
    });
    if (exception instanceof UpstreamFailureError) {
      response.status(502).json({ message: `${exception.message} Nothing was changed; try again in a moment, or quote the reference if it keeps failing.`, referenceId, code: 'UPSTREAM_UNAVAILABLE' });
      return;
    }
    response.status(500).json({ message: UNEXPECTED_MESSAGE, referenceId, code: 'UNEXPECTED' });
  }
}
