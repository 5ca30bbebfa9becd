/**
 * The `UpdateStore` for many instances of one bot (`REDIS_URL`): the same
 * promise as `FileUpdateStore` (at least once, duplicates suppressed), kept
 * in Redis so that it holds across instances and restarts.
 *
 * - `<ns>:update:<id>` is claimed with `SET NX PX`, its value the claiming
 *   process's id; finishing overwrites it with "done". Either way it lives a
 *   day, as long as Telegram keeps an undelivered update, so a copy re-sent
 *   to any instance is recognised.
 * - `<ns>:updates-open` holds, per update claimed and not finished, the
 *   update itself and how many processes have tried it, so one that a
 *   crashed process left can be answered by the next to start.
 * - `<ns>:instance:<id>` says a process is alive (a heartbeat with a short
 *   TTL): a claim whose owner has stopped beating is taken over.
 *
 * While Redis is down, claims and finishes go to this process's memory
 * (a `FileUpdateStore` without a file): duplicates between instances are then
 * possible, lost answers are not.
 */
import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import type { SharedRedis } from "../shared/redis.ts";
import { FileUpdateStore, type UpdateStore } from "./update-store.ts";

/** How long claims and finished marks are kept: Telegram keeps an undelivered update for 24 hours. */
const UPDATE_TTL_MS = 24 * 60 * 60 * 1000;
const FINISHED = "done";

/** Takes a claim over from a process that stopped: only if it is still that process's (or has expired). */
const TAKE_OVER = `
local current = redis.call('GET', KEYS[1])
if current == ARGV[1] or current == false then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

export interface RedisUpdateStoreOptions {
  /** The bot's namespace, e.g. "telegram:123456". */
  namespace: string;
  /** How long a process counts as alive after its last heartbeat, in ms. Default 15 000. */
  livenessMs?: number;
  /** How many processes may try an update before it is given up. Default 3. */
  maxAttempts?: number;
  /** Called for an unfinished update given up after `maxAttempts`. Default: ignore. */
  onGiveUp?: (update: Update) => void;
}

interface OpenClaim {
  update: Update;
  attempts: number;
}

export class RedisUpdateStore implements UpdateStore {
  readonly #redis: SharedRedis;
  readonly #namespace: string;
  readonly #owner = randomBytes(6).toString("hex");
  readonly #livenessMs: number;
  readonly #maxAttempts: number;
  readonly #onGiveUp: (update: Update) => void;
  /** Stands in while Redis is down. */
  readonly #local = new FileUpdateStore();
  readonly #heartbeat: NodeJS.Timeout;

  constructor(redis: SharedRedis, options: RedisUpdateStoreOptions) {
    this.#redis = redis;
    this.#namespace = options.namespace;
    this.#livenessMs = options.livenessMs ?? 15_000;
    this.#maxAttempts = options.maxAttempts ?? 3;
    this.#onGiveUp = options.onGiveUp ?? (() => {});
    void this.#beat();
    this.#heartbeat = setInterval(() => void this.#beat(), this.#livenessMs / 3).unref();
  }

  async claim(update: Update): Promise<boolean> {
    const id = update.update_id;
    return this.#redis.attempt(
      async (client) => {
        if ((await client.set(this.#updateKey(id), this.#owner, "PX", UPDATE_TTL_MS, "NX")) !== "OK") return false;
        await this.#keepOpen(id, { update, attempts: 1 });
        return true;
      },
      () => this.#local.claimNow(update),
    );
  }

  async finish(updateId: number): Promise<void> {
    this.#local.finishNow(updateId);
    await this.#redis.attempt(
      async (client) => {
        await client.multi().set(this.#updateKey(updateId), FINISHED, "PX", UPDATE_TTL_MS).hdel(this.#openKey(), String(updateId)).exec();
      },
      () => undefined,
    );
  }

  /** Updates claimed by processes that are no longer alive, taken over by this one, oldest first. */
  async unfinished(): Promise<Update[]> {
    const local = await this.#local.unfinished();
    const shared = await this.#redis.attempt(async (client) => {
      const open = await client.hgetall(this.#openKey());
      const taken: Update[] = [];
      for (const [field, raw] of Object.entries(open)) {
        const claim = parseClaim(raw);
        const id = Number(field);
        const owner = await client.get(this.#updateKey(id));
        if (claim === undefined || owner === FINISHED) {
          await client.hdel(this.#openKey(), field);
          continue;
        }
        if (owner === this.#owner || (owner !== null && (await client.exists(this.#instanceKey(owner))) === 1)) continue;
        if ((await client.eval(TAKE_OVER, 1, this.#updateKey(id), owner ?? "", this.#owner, UPDATE_TTL_MS)) !== 1) continue;
        if (claim.attempts >= this.#maxAttempts) {
          await this.finish(id);
          this.#onGiveUp(claim.update);
          continue;
        }
        await this.#keepOpen(id, { update: claim.update, attempts: claim.attempts + 1 });
        taken.push(claim.update);
      }
      return taken;
    }, () => []);
    const ids = new Set(shared.map((update) => update.update_id));
    return [...shared, ...local.filter((update) => !ids.has(update.update_id))].sort((a, b) => a.update_id - b.update_id);
  }

  /** Stops the heartbeat and says this process is gone (its claims, all finished by now, need no takeover). */
  async close(): Promise<void> {
    clearInterval(this.#heartbeat);
    await this.#redis.attempt(
      async (client) => void (await client.del(this.#instanceKey(this.#owner))),
      () => undefined,
    );
  }

  async #keepOpen(id: number, claim: OpenClaim): Promise<void> {
    await this.#redis.client.multi().hset(this.#openKey(), String(id), JSON.stringify(claim)).pexpire(this.#openKey(), UPDATE_TTL_MS).exec();
  }

  async #beat(): Promise<void> {
    await this.#redis.attempt(
      async (client) => void (await client.set(this.#instanceKey(this.#owner), "1", "PX", this.#livenessMs)),
      () => undefined,
    );
  }

  #updateKey(id: number): string {
    return this.#redis.key(this.#namespace, "update", id);
  }

  #openKey(): string {
    return this.#redis.key(this.#namespace, "updates-open");
  }

  #instanceKey(owner: string): string {
    return this.#redis.key(this.#namespace, "instance", owner);
  }
}

function parseClaim(raw: string): OpenClaim | undefined {
  try {
    const claim = JSON.parse(raw) as Partial<OpenClaim>;
    return typeof claim.update?.update_id === "number" && typeof claim.attempts === "number" ? { update: claim.update, attempts: claim.attempts } : undefined;
  } catch {
    return undefined;
  }
}
