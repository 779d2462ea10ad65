/**
 * A service RaM depends on (Stripe) was unreachable or refused. The error filter answers 502 with a
 * support reference and records the cause; nothing the request meant to write has been written.
 */
export class UpstreamFailureError extends Error {
  constructor(
    readonly service: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'UpstreamFailureError';
  }
}
