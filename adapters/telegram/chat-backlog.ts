/**
 * A bound on how many updates may wait for their turn in one chat. Updates
 * in a chat are handled one at a time, in order (`sequentialize`); when the
 * chat's answers are held up - a group at Telegram's 20-messages-a-minute
 * limit answers 429 with a `retry_after` of half a minute - new questions
 * queue behind them. While a chat is held up like that, past `max` waiting
 * the oldest waiting one is dropped, with a log line, rather than let one
 * chat's queue grow without end. (A chat that is not held up keeps every
 * update: a burst of a hundred arrives in one batch and drains in moments.)
 *
 * Two middlewares: `enter` before `sequentialize` (an update joins its
 * chat's queue), `start` right after it (its turn came). A dropped update
 * leaves at once: its `enter` resolves, so the runner's slot and the update's
 * claim are released, and when its turn comes `start` skips it.
 */
import type { Context, MiddlewareFn } from "grammy";
import type { Logger } from "../shared/logger.ts";

interface Waiting {
  dropped: boolean;
  leave: () => void;
}

export class ChatBacklog {
  readonly #max: number;
  readonly #logger: Logger;
  readonly #queues = new Map<number, Waiting[]>();
  readonly #entries = new WeakMap<Context, Waiting>();
  /** Chats whose answers Telegram asked to wait (429): until when, in ms since the epoch. */
  readonly #heldUntil = new Map<number, number>();

  /** @param max Updates that may wait in one chat (the one being handled not counted). */
  constructor(max: number, logger: Logger) {
    this.#max = max;
    this.#logger = logger;
  }

  readonly enter: MiddlewareFn<Context> = async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return next();
    let leave = () => {};
    const left = new Promise<void>((resolve) => (leave = resolve));
    const entry: Waiting = { dropped: false, leave };
    this.#entries.set(ctx, entry);
    const queue = this.#queues.get(chatId) ?? [];
    queue.push(entry);
    this.#queues.set(chatId, queue);
    this.#trim(chatId);
    await Promise.race([next(), left]);
  };

  /** Telegram asked to wait `ms` before the next message to `chatId` (a 429 with `retry_after`). */
  hold(chatId: number, ms: number): void {
    this.#heldUntil.set(chatId, Math.max(this.#heldUntil.get(chatId) ?? 0, Date.now() + ms));
    this.#trim(chatId);
  }

  /** Drops the oldest waiting updates of a held-up chat down to `max`. */
  #trim(chatId: number): void {
    const until = this.#heldUntil.get(chatId);
    if (until === undefined) return;
    if (until <= Date.now()) {
      this.#heldUntil.delete(chatId);
      return;
    }
    const queue = this.#queues.get(chatId) ?? [];
    while (queue.length > this.#max) {
      const oldest = queue.shift() as Waiting;
      oldest.dropped = true;
      oldest.leave();
      this.#logger.warn({ chatId, waiting: queue.length }, "too many questions waiting in one chat; dropped the oldest");
    }
  }

  readonly start: MiddlewareFn<Context> = async (ctx, next) => {
    const entry = this.#entries.get(ctx);
    const chatId = ctx.chat?.id;
    if (!entry || chatId === undefined) return next();
    if (entry.dropped) return;
    const queue = this.#queues.get(chatId) ?? [];
    queue.splice(queue.indexOf(entry), 1);
    if (queue.length === 0) this.#queues.delete(chatId);
    await next();
  };

  /** Updates waiting in a chat now. */
  waiting(chatId: number): number {
    return this.#queues.get(chatId)?.length ?? 0;
  }
}
