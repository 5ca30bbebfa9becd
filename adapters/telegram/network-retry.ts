/**
 * An API transformer that bounds every Bot API call in time and retries the
 * bot's own calls after a transient failure: a dropped or stalled connection,
 * or a 5xx answer. grammY waits up to 500 s for a response by default, so one
 * stalled connection would hold a chat's queue (or polling) for minutes; and
 * `autoRetry`, which waits out 429s, is told to leave these alone: it would
 * retry network errors forever, and its 5xx back-off (3 s, doubling) cannot be
 * configured, so tests would sleep for seconds.
 *
 * A retry after a dropped connection can repeat a message Telegram did
 * receive (the Bot API has no idempotency key); a duplicate is the lesser
 * harm than an answer lost to a blip.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { HttpError, type Transformer } from "grammy";

export interface NetworkRetryOptions {
  /** Longest wait for the response to one call (other than `getUpdates`), in ms. Default 15 000. */
  callTimeoutMs?: number;
  /** How much longer than its long-poll timeout a `getUpdates` call may take, in ms. Default 10 000. */
  pollGraceMs?: number;
  /** Retries after a dropped or timed-out call. Default 2; `getUpdates` is never retried here (the runner does it). */
  retries?: number;
  /** Wait before the first retry after a network failure, doubled for each next one, in ms. Default 500. */
  retryDelayMs?: number;
  /** Retries of a call Telegram answered with a 5xx. Default 3; not `getUpdates` (the runner retries it). */
  serverErrorRetries?: number;
  /** Wait before the first retry after a 5xx, doubled for each next one, in ms. Default 3 000 (as `autoRetry`'s). */
  serverErrorDelayMs?: number;
}

export function networkRetry(options: NetworkRetryOptions = {}): Transformer {
  const callTimeoutMs = options.callTimeoutMs ?? 15_000;
  const pollGraceMs = options.pollGraceMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 500;
  const serverErrorRetries = options.serverErrorRetries ?? 3;
  const serverErrorDelayMs = options.serverErrorDelayMs ?? 3_000;

  return async (prev, method, payload, signal) => {
    const polling = method === "getUpdates";
    const timeoutMs = polling ? pollSeconds(payload) * 1000 + pollGraceMs : callTimeoutMs;
    let networkFailures = 0;
    let serverErrors = 0;
    for (;;) {
      // One controller per attempt, aborted by its time limit or by the caller's signal. grammY's signal may come from
      // its abort-controller polyfill, which AbortSignal.any does not accept, so the caller's is forwarded by a listener.
      const attemptController = new AbortController();
      const abort = () => attemptController.abort();
      const timer = setTimeout(abort, timeoutMs);
      signal?.addEventListener("abort", abort);
      if (signal?.aborted) abort();
      let delayMs: number;
      try {
        // A real AbortSignal; grammY's client only reads `aborted` and adds "abort" listeners. Its declared type is the polyfill's.
        const result = await prev(method, payload, attemptController.signal as typeof signal);
        if (result.ok || result.error_code < 500 || polling || serverErrors >= serverErrorRetries) return result;
        delayMs = serverErrorDelayMs * 2 ** serverErrors++;
      } catch (error) {
        if (polling || !(error instanceof HttpError) || signal?.aborted || networkFailures >= retries) throw error;
        delayMs = retryDelayMs * 2 ** networkFailures++;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
      }
      await sleep(delayMs);
      if (signal?.aborted) throw new Error(`Request to '${method}' aborted while waiting to retry`);
    }
  };
}

/**
 * `autoRetry` waits `retry_after` seconds. With a shorter unit (tests), this
 * transformer, installed inside it, scales each `retry_after` it sees; its
 * limit must be scaled alike (see `createBot`). At the default unit of
 * 1000 ms it changes nothing.
 */
export function retryAfterUnit(unitMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const retryAfter = result.ok ? undefined : result.parameters?.retry_after;
    if (unitMs === 1000 || result.ok || retryAfter === undefined) return result;
    return { ...result, parameters: { ...result.parameters, retry_after: (retryAfter * unitMs) / 1000 } };
  };
}

function pollSeconds(payload: unknown): number {
  const timeout = typeof payload === "object" && payload !== null && "timeout" in payload ? Number(payload.timeout) : 0;
  return Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
}
