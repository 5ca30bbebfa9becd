/**
 * Wires an `UpdateStore` into the bot: every update is claimed as it arrives
 * and finished after its handler ran (see update-store.ts for the guarantee).
 *
 * With long polling the updates are claimed inside `getUpdates` itself,
 * before the runner sees them: the runner confirms a batch to Telegram with
 * its next `getUpdates`, possibly before a busy chat's queue reaches an
 * update, and a claim made only then could be lost to a crash. Updates that
 * come another way (a webhook, `handleUpdate`, a replay) are claimed by the
 * first middleware.
 */
import { BotError, type Bot, type Context, type MiddlewareFn, type Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../shared/logger.ts";
import type { UpdateStore } from "./update-store.ts";

export class Delivery {
  readonly store: UpdateStore;
  readonly #logger: Logger;
  /** Claims made in `getUpdates`, until the update reaches the middleware. */
  readonly #claims = new Map<number, Promise<boolean>>();
  readonly #replays = new Set<Promise<void>>();
  #highest: number | undefined;

  constructor(store: UpdateStore, logger: Logger) {
    this.store = store;
    this.#logger = logger;
  }

  /** The highest update id received by polling, for confirming the offset on stop. */
  get highestReceived(): number | undefined {
    return this.#highest;
  }

  /**
   * The API transformer (install it last, outermost): it makes pending claims
   * durable before every call, so no answer leaves and no update is confirmed
   * to Telegram before its claim, and claims what `getUpdates` returns.
   */
  transformer(): Transformer {
    return async (prev, method, payload, signal) => {
      this.store.flush?.();
      const result = await prev(method, payload, signal);
      if (method !== "getUpdates" || !result.ok) return result;
      const updates = result.result as Update[];
      const claims: Array<Promise<boolean>> = [];
      for (const update of updates) {
        const claim = this.store.claim(update);
        this.#claims.set(update.update_id, claim);
        claims.push(claim);
        if (this.#highest === undefined || update.update_id > this.#highest) this.#highest = update.update_id;
      }
      await Promise.all(claims);
      this.store.flush?.();
      return result;
    };
  }

  /** The first middleware: skips duplicates, and finishes each update after the rest of the bot handled it. */
  middleware(): MiddlewareFn<Context> {
    return async (ctx, next) => {
      const id = ctx.update.update_id;
      const claimed = this.#claims.get(id);
      this.#claims.delete(id);
      if (!(await (claimed ?? this.store.claim(ctx.update)))) {
        this.#logger.debug({ updateId: id }, "skipped an update already handled or being handled");
        return;
      }
      try {
        await next();
      } finally {
        await this.store.finish(id);
      }
    };
  }

  /**
   * Starts answering the updates an earlier process claimed and never
   * finished (it died first); they queue in their chats ahead of anything
   * newer. Resolves with how many there were; `settled()` waits for them.
   */
  async replay(bot: Bot): Promise<number> {
    const left = await this.store.unfinished();
    if (left.length > 0) this.#logger.info({ updates: left.length }, "answering updates the previous run left unfinished");
    for (const update of left) {
      const handled = bot.handleUpdate(update).catch(async (error: unknown) => {
        if (error instanceof BotError) await bot.errorHandler(error);
        else this.#logger.error({ updateId: update.update_id, err: error }, "could not replay an update");
      });
      const tracked = handled.finally(() => this.#replays.delete(tracked));
      this.#replays.add(tracked);
    }
    return left.length;
  }

  /** Resolves when every replay has finished. */
  async settled(): Promise<void> {
    await Promise.all([...this.#replays]);
  }
}
