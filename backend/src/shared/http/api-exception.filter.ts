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
  const names: Record<number, string> = {
    400: 'INVALID_REQUEST',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
  };
  return names[status] ?? 'REQUEST_FAILED';
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** Body-parser's errors (not JSON, too large, wrong charset or encoding): 4xx the client caused. */
function bodyParserError(exception: unknown): { status: number; message: string } | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { type, status } = exception as { type?: unknown; status?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const messages: Record<string, string> = {
    'entity.parse.failed': 'The request body is not valid JSON',
    'entity.too.large': 'The request body is too large',
    'charset.unsupported': 'Send the body as UTF-8',
    'encoding.unsupported': 'Send the body uncompressed',
  };
  return { status, message: messages[type] ?? 'The request body could not be read' };
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
    const parserError = bodyParserError(exception);
    if (parserError) {
      response.status(parserError.status).json({ message: parserError.message, code: httpCode(parserError.status) });
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
      response.status(502).json({
        message: `${exception.message} Nothing was changed; try again in a moment, or quote the reference if it keeps failing.`,
        referenceId,
        code: 'UPSTREAM_UNAVAILABLE',
      });
      return;
    }
    response.status(500).json({ message: UNEXPECTED_MESSAGE, referenceId, code: 'UNEXPECTED' });
  }
}
