/**
 * An API transformer that bounds every Bot API call in time and retries the
 * bot's own calls after a network failure. grammY waits up to 500 s for a
 * response by default, so one stalled connection would hold a chat's queue
 * (or polling) for minutes; and `autoRetry` is told not to retry network
 * errors, because it would retry them forever.
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
  /** Wait before the first retry, doubled for each next one, in ms. Default 500. */
  retryDelayMs?: number;
}

export function networkRetry(options: NetworkRetryOptions = {}): Transformer {
  const callTimeoutMs = options.callTimeoutMs ?? 15_000;
  const pollGraceMs = options.pollGraceMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 500;

  return async (prev, method, payload, signal) => {
    const polling = method === "getUpdates";
    const timeoutMs = polling ? pollSeconds(payload) * 1000 + pollGraceMs : callTimeoutMs;
    for (let attempt = 0; ; attempt++) {
      // One controller per attempt, aborted by its time limit or by the caller's signal. grammY's signal may come from
      // its abort-controller polyfill, which AbortSignal.any does not accept, so the caller's is forwarded by a listener.
      const attemptController = new AbortController();
      const abort = () => attemptController.abort();
      const timer = setTimeout(abort, timeoutMs);
      signal?.addEventListener("abort", abort);
      if (signal?.aborted) abort();
      try {
        // A real AbortSignal; grammY's client only reads `aborted` and adds "abort" listeners. Its declared type is the polyfill's.
        return await prev(method, payload, attemptController.signal as typeof signal);
      } catch (error) {
        if (polling || !(error instanceof HttpError) || signal?.aborted || attempt >= retries) throw error;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
      }
      await sleep(retryDelayMs * 2 ** attempt);
      if (signal?.aborted) throw new Error(`Request to '${method}' aborted while waiting to retry`);
    }
  };
}

function pollSeconds(payload: unknown): number {
  const timeout = typeof payload === "object" && payload !== null && "timeout" in payload ? Number(payload.timeout) : 0;
  return Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
}
