/**
 * Remembers which `update_id`s were already handled, so an update delivered
 * twice is answered once. Telegram re-delivers after a restart whenever the
 * previous process had not confirmed its offset (the runner confirms a batch
 * only when it fetches the next one), and re-sends webhook calls it thinks failed.
 *
 * Bounded: the `capacity` most recent ids are kept. With a file, ids are
 * appended one per line and the file is compacted back to `capacity` lines
 * when it doubles, so a restart sees what was handled. Claimed ids are
 * written in batches, one write per `flush()`: the bot flushes before every
 * Bot API call (so no answer leaves before its id is on disk), and a claim
 * schedules a flush for the end of the event-loop turn in case no call follows.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { LRUCache } from "lru-cache";

export interface UpdateDedupeOptions {
  /** How many handled update ids are remembered. Default 5000 (far above the 100 a `getUpdates` batch can hold). */
  capacity?: number;
  /** File that keeps ids across restarts; undefined keeps them in memory only. */
  file?: string;
  /** Called when the file cannot be read or written; the set keeps working in memory. Default: ignore. */
  onError?: (error: unknown) => void;
}

export class UpdateDedupe {
  readonly capacity: number;
  readonly #seen: LRUCache<number, true>;
  readonly #file: string | undefined;
  readonly #onError: (error: unknown) => void;
  #fd: number | undefined;
  #linesInFile = 0;
  /** Claimed ids not yet written to the file. */
  #pending: number[] = [];
  #flushScheduled = false;
  #highest: number | undefined;

  constructor(options: UpdateDedupeOptions = {}) {
    this.capacity = options.capacity ?? 5000;
    this.#seen = new LRUCache({ max: this.capacity });
    this.#file = options.file;
    this.#onError = options.onError ?? (() => {});
    if (this.#file !== undefined) this.#load(this.#file);
  }

  /** Ids currently remembered. */
  get size(): number {
    return this.#seen.size;
  }

  /** The largest id claimed so far (including ones loaded from the file). */
  get highest(): number | undefined {
    return this.#highest;
  }

  /** Records `updateId`; true the first time, false for an id already handled. */
  claim(updateId: number): boolean {
    if (this.#seen.has(updateId)) return false;
    this.#remember(updateId);
    if (this.#fd !== undefined) {
      this.#pending.push(updateId);
      this.#scheduleFlush();
    }
    return true;
  }

  /** Writes the ids claimed since the last flush to the file (one write for all of them). */
  flush(): void {
    if (this.#pending.length === 0 || this.#fd === undefined || this.#file === undefined) return;
    const ids = this.#pending;
    this.#pending = [];
    try {
      writeSync(this.#fd, `${ids.join("\n")}\n`);
      this.#linesInFile += ids.length;
      if (this.#linesInFile > 2 * this.capacity) this.#compact(this.#file);
    } catch (error) {
      this.#onError(error);
    }
  }

  /** Writes what is pending and closes the file; later claims are kept in memory only. */
  close(): void {
    this.flush();
    if (this.#fd === undefined) return;
    try {
      closeSync(this.#fd);
    } catch (error) {
      this.#onError(error);
    }
    this.#fd = undefined;
  }

  #remember(updateId: number): void {
    this.#seen.set(updateId, true);
    if (this.#highest === undefined || updateId > this.#highest) this.#highest = updateId;
  }

  #load(file: string): void {
    try {
      const text = readFileSync(file, "utf8");
      const ids = text
        .split("\n")
        .filter((line) => /^\d+$/.test(line))
        .map(Number);
      for (const id of ids.slice(-this.capacity)) this.#remember(id);
      this.#linesInFile = ids.length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") this.#onError(error);
    }
    try {
      mkdirSync(dirname(file), { recursive: true });
      this.#fd = openSync(file, "a");
    } catch (error) {
      this.#onError(error);
    }
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      this.flush();
    });
  }

  /** Rewrites the file with only the remembered ids (write to a temporary file, then rename, so a crash leaves one or the other). */
  #compact(file: string): void {
    const ids = [...this.#seen.rkeys()];
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, ids.map((id) => `${id}\n`).join(""));
    renameSync(temporary, file);
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = openSync(file, "a");
    this.#linesInFile = ids.length;
  }
}
