/** Every `player.error.code`; the list is public contract. */
export const ERROR_CODES = [
  'no-source',
  'not-found',
  'forbidden',
  'network',
  'unsupported',
  'decode',
  'timeout',
  'offline',
  'aborted',
  'bad-url',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The value of `player.error` and the detail of `news-player-error`. */
export interface NewsPlayerErrorInfo {
  /** Why the media is unavailable. */
  code: ErrorCode;
  /** A developer-facing explanation in English (readers see a translated reason line instead). */
  message: string;
  /** `MediaError.code` of the media element, when the media element reported the failure. */
  mediaErrorCode?: number;
}

/** Codes where pressing Retry can plausibly help; the others would fail the same way again. */
export const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'not-found',
  'network',
  'timeout',
  'offline',
  'aborted',
]);

/** English developer messages per code (readers see translated reason lines instead). */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  'no-source': 'No source was given.',
  'not-found': 'The media file was not found (HTTP 404 or 410).',
  forbidden: 'Access to the media was refused (HTTP 401 or 403).',
  network: 'The media could not be loaded (server error, connection lost, or a status hidden by CORS or CSP).',
  unsupported: 'No source is in a format this browser can play.',
  decode: 'The media file is damaged and could not be decoded.',
  timeout: 'Loading made no progress before the timeout.',
  offline: 'The browser is offline.',
  aborted: 'Loading was aborted.',
  'bad-url': 'No source has a usable address.',
};
