/**
 * What the bot promises about delivery: every update is answered at least
 * once, and duplicates are suppressed. An update is *claimed* when it arrives
 * (before Telegram is told it arrived, which the next `getUpdates` does) and
 * *finished* only after its handler ran, i.e. after its answer was sent. An
 * update claimed but never finished (the process died in between) is handed
 * to the next process, which answers it; one claimed by this process, or
 * finished by any, is a duplicate and skipped.
 *
 * `UpdateStore` is the small interface a store implements (a Redis one can
 * follow); `FileUpdateStore` is the default: in memory, and with a file, across
 * restarts.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Update } from "grammy/types";
import { LRUCache } from "lru-cache";

export interface UpdateStore {
  /**
   * Records that handling `update` starts. Resolves false for a duplicate: an
   * update already finished, or being handled right now. Once the promise
   * resolves (or, for a store with `flush`, once that ran) the claim must
   * survive a crash, together with the update itself.
   */
  claim(update: Update): Promise<boolean>;
  /** Records that `updateId` was handled: its answer was sent, or it needed none, or it failed for good. */
  finish(updateId: number): Promise<void>;
  /** Updates an earlier process claimed and never finished, oldest first, for this process to answer. */
  unfinished(): Promise<Update[]>;
  /** For stores that write in batches: makes every claim so far durable. The bot calls it before each Bot API call. */
  flush?(): void;
  close(): Promise<void>;
}

export interface FileUpdateStoreOptions {
  /** How many finished update ids are remembered. Default 5000 (far above the 100 a `getUpdates` batch can hold). */
  capacity?: number;
  /** File that keeps claims and finished ids across restarts; undefined keeps them in memory only. */
  file?: string;
  /** How many processes may try an update before it is given up (one that crashes every process that handles it). Default 3. */
  maxAttempts?: number;
  /** Called when the file cannot be read or written; the store keeps working in memory. Default: ignore. */
  onError?: (error: unknown) => void;
  /** Called for an unfinished update given up after `maxAttempts`. Default: ignore. */
  onGiveUp?: (update: Update) => void;
}

/** The file holds what people wrote (a claim carries its update), so only the bot's own user may read it. */
const FILE_MODE = 0o600;

interface Claim {
  update: Update;
  /** How many processes have claimed it, this one included once it does. */
  attempts: number;
}

/**
 * The file holds one line per event, appended: `{"claim":<update>,"attempt":n}`
 * when an update is claimed, and the bare update id when it is finished (the
 * format of the older handled-ids file, which therefore still loads). Lines
 * are written in batches, one write per `flush()`: the bot flushes before
 * every Bot API call (so no claim can be confirmed to Telegram, nor any
 * answer leave, before it is on disk), and a claim or finish schedules a
 * flush for the end of the event-loop turn in case no call follows. The file
 * is compacted when it grows past twice what it needs to hold: the finished
 * ids and the open claims. Between compactions it still holds the content of
 * recently finished updates, so it is created readable by its owner only.
 */
export class FileUpdateStore implements UpdateStore {
  readonly capacity: number;
  readonly #finished: LRUCache<number, true>;
  /** Claimed and not finished, by this process or an earlier one. */
  readonly #open = new Map<number, Claim>();
  /** Claimed by this process and not finished. */
  readonly #handling = new Set<number>();
  readonly #file: string | undefined;
  readonly #maxAttempts: number;
  readonly #onError: (error: unknown) => void;
  readonly #onGiveUp: (update: Update) => void;
  #fd: number | undefined;
  #linesInFile = 0;
  #pending: string[] = [];
  #flushScheduled = false;

  constructor(options: FileUpdateStoreOptions = {}) {
    this.capacity = options.capacity ?? 5000;
    this.#finished = new LRUCache({ max: this.capacity });
    this.#file = options.file;
    this.#maxAttempts = options.maxAttempts ?? 3;
    this.#onError = options.onError ?? (() => {});
    this.#onGiveUp = options.onGiveUp ?? (() => {});
    if (this.#file !== undefined) this.#load(this.#file);
  }

  /** Finished ids currently remembered. */
  get size(): number {
    return this.#finished.size;
  }

  claim(update: Update): Promise<boolean> {
    return Promise.resolve(this.claimNow(update));
  }

  /** `claim`, synchronously. */
  claimNow(update: Update): boolean {
    const id = update.update_id;
    if (this.#finished.has(id) || this.#handling.has(id)) return false;
    this.#handling.add(id);
    const attempts = (this.#open.get(id)?.attempts ?? 0) + 1;
    this.#open.set(id, { update, attempts });
    this.#append(JSON.stringify({ claim: update, attempt: attempts }));
    return true;
  }

  finish(updateId: number): Promise<void> {
    this.finishNow(updateId);
    return Promise.resolve();
  }

  /** `finish`, synchronously. */
  finishNow(updateId: number): void {
    this.#handling.delete(updateId);
    this.#open.delete(updateId);
    if (this.#finished.has(updateId)) return;
    this.#finished.set(updateId, true);
    this.#append(String(updateId));
  }

  unfinished(): Promise<Update[]> {
    const left: Update[] = [];
    for (const [id, claim] of this.#open) {
      if (this.#handling.has(id)) continue;
      if (claim.attempts >= this.#maxAttempts) {
        this.finishNow(id);
        this.#onGiveUp(claim.update);
        continue;
      }
      left.push(claim.update);
    }
    return Promise.resolve(left.sort((a, b) => a.update_id - b.update_id));
  }

  /** Writes the lines since the last flush to the file (one write for all of them). */
  flush(): void {
    if (this.#pending.length === 0 || this.#fd === undefined || this.#file === undefined) return;
    const lines = this.#pending;
    this.#pending = [];
    try {
      writeSync(this.#fd, `${lines.join("\n")}\n`);
      this.#linesInFile += lines.length;
      if (this.#linesInFile > 2 * (this.capacity + this.#open.size)) this.#compact(this.#file);
    } catch (error) {
      this.#onError(error);
    }
  }

  /** Writes what is pending and closes the file; later events are kept in memory only. */
  close(): Promise<void> {
    this.flush();
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd);
      } catch (error) {
        this.#onError(error);
      }
      this.#fd = undefined;
    }
    return Promise.resolve();
  }

  #append(line: string): void {
    if (this.#fd === undefined) return;
    this.#pending.push(line);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      this.flush();
    });
  }

  #load(file: string): void {
    try {
      const lines = readFileSync(file, "utf8").split("\n");
      for (const line of lines) this.#read(line);
      this.#linesInFile = lines.length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") this.#onError(error);
    }
    try {
      mkdirSync(dirname(file), { recursive: true });
      this.#fd = openSync(file, "a", FILE_MODE);
    } catch (error) {
      this.#onError(error);
    }
  }

  /** One line of the file; a damaged one (a crash mid-write) is skipped. */
  #read(line: string): void {
    if (/^\d+$/.test(line)) {
      const id = Number(line);
      this.#open.delete(id);
      this.#finished.set(id, true);
      return;
    }
    if (!line.startsWith("{")) return;
    try {
      const { claim, attempt } = JSON.parse(line) as { claim?: Update; attempt?: number };
      if (typeof claim?.update_id !== "number" || this.#finished.has(claim.update_id)) return;
      this.#open.set(claim.update_id, { update: claim, attempts: Number(attempt) || 1 });
    } catch {
      // a line cut short by a crash
    }
  }

  /** Rewrites the file with only what it must hold (to a temporary file, then renamed, so a crash leaves one or the other). */
  #compact(file: string): void {
    // Oldest first, as the file is read back.
    const lines = [...this.#finished.rkeys()].map(String);
    for (const { update, attempts } of this.#open.values()) lines.push(JSON.stringify({ claim: update, attempt: attempts }));
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, lines.map((line) => `${line}\n`).join(""), { mode: FILE_MODE });
    renameSync(temporary, file);
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = openSync(file, "a", FILE_MODE);
    this.#linesInFile = lines.length;
  }
}
