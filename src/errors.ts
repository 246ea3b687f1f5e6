// The one error catalogue: every error a caller can see has a stable code and a message template.
// Codes are part of the public API (HTTP JSON errors, CLI messages); never rename one, only add.

export const ERROR_CODES = [
  'not_found',
  'route_not_found',
  'method_not_allowed',
  'invalid_parameter',
  'invalid_body',
  'unsupported_media_type',
  'body_too_large',
  'nothing_to_ingest',
  'feature_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

type Params = Readonly<Record<string, string | number>>;

const MESSAGES: { readonly [C in ErrorCode]: (p: Params) => string } = {
  not_found: (p) => `no ${p.kind ?? 'item'} with id ${p.id ?? '?'}`,
  route_not_found: (p) => `no such endpoint: ${p.method ?? ''} ${p.path ?? ''}`.trim(),
  method_not_allowed: (p) => `${p.method ?? '?'} is not allowed on ${p.path ?? '?'}; it takes ${p.allowed ?? '?'}`,
  invalid_parameter: (p) => `invalid parameter "${p.name ?? '?'}": ${p.reason ?? 'not accepted'}`,
  invalid_body: (p) => `invalid request body: ${p.reason ?? 'not accepted'}`,
  unsupported_media_type: (p) => `unsupported content type "${p.type ?? ''}"; send ${p.accepted ?? 'JSON'}`,
  body_too_large: (p) => `request body larger than the limit of ${p.limit ?? '?'} bytes`,
  nothing_to_ingest: () => 'the request holds no article to add',
  feature_unavailable: (p) => `${p.feature ?? 'this feature'} is not available in this build`,
  internal: () => 'internal error; the server log has the details',
};

/** An error meant for the caller: a stable code, a human message, and optional structured details. */
export class ParallaxError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ParallaxError';
  }
}

export function createError(code: ErrorCode, params: Params = {}, details?: Readonly<Record<string, unknown>>): ParallaxError {
  return new ParallaxError(code, MESSAGES[code](params), details);
}

export function isParallaxError(e: unknown): e is ParallaxError {
  return e instanceof ParallaxError;
}
