// Maps the error catalogue to HTTP: one table of statuses, one JSON shape, never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createError, isParallaxError, type ErrorCode, type ParallaxError } from '../errors.ts';

export const HTTP_STATUS: { readonly [C in ErrorCode]: ContentfulStatusCode } = {
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  invalid_parameter: 400,
  invalid_body: 400,
  unsupported_media_type: 415,
  body_too_large: 413,
  nothing_to_ingest: 400,
  feature_unavailable: 501,
  internal: 500,
};

/** The body of every error response. */
export type ErrorBody = { readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: unknown } };

export function errorResponse(c: Context, error: ParallaxError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
  return c.json(body, HTTP_STATUS[error.code]);
}

/** Hono's onError: known errors keep their code; anything else is logged here and reported as `internal`. */
export function handleError(err: Error, c: Context): Response {
  if (isParallaxError(err)) return errorResponse(c, err);
  // Hono raises HTTPException for malformed requests it detects itself (e.g. bad JSON); those are the caller's fault.
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return errorResponse(c, createError('invalid_body', { reason: err.message || 'malformed request' }));
  }
  process.stderr.write(`parallax serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
  return errorResponse(c, createError('internal'));
}
