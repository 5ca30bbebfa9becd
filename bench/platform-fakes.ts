/**
 * The parent side of the bot-path benchmarks: starts the fake platform
 * servers in their own process (`fake-platform-server.ts`), hands out their
 * addresses, delivers rounds of questions, and counts finished updates.
 */
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { DestinationStream } from "pino";
import type { BotKind, FakeEndpoint, FromParent, ToParent } from "./fake-platform-server.ts";

const SERVER_SCRIPT = fileURLToPath(new URL("./fake-platform-server.ts", import.meta.url));

export interface PlatformFakes {
  endpoints: Record<BotKind, FakeEndpoint>;
  /** Has users send `questions` to one bot's fake, all at once; resolves once they are queued or dispatched. */
  deliver(bot: BotKind, questions: readonly string[]): Promise<void>;
  /** Milliseconds of CPU time the fakes' process has used so far. */
  cpuMs(): Promise<number>;
  close(): Promise<void>;
}

export async function startPlatformFakes(platform: "telegram" | "discord"): Promise<PlatformFakes> {
  const child = fork(SERVER_SCRIPT, [platform], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = (type: ToParent["type"]) => nextMessage(child, type);
  const ready = await next("ready");
  if (ready.type !== "ready") throw new Error("the fake platform server did not start");
  const send = (message: FromParent) => child.send(message);
  return {
    endpoints: ready.endpoints,
    async deliver(bot, questions) {
      const delivered = next("delivered");
      send({ type: "deliver", bot, questions: [...questions] });
      await delivered;
    },
    async cpuMs() {
      const reply = next("cpu");
      send({ type: "cpu" });
      const message = await reply;
      return message.type === "cpu" ? message.ms : Number.NaN;
    },
    async close() {
      const exited = once(child, "exit");
      send({ type: "close" });
      await exited;
    },
  };
}

function nextMessage(child: ChildProcess, type: ToParent["type"]): Promise<ToParent> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ToParent) => {
      if (message.type !== type) return;
      cleanUp();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`the fake platform server exited (code ${code}) before "${type}"`));
    };
    const cleanUp = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

/** Counts finished updates and lets a round wait for a number of them. */
export class Completions {
  #count = 0;
  #waiting: { target: number; resolve: () => void } | undefined;

  get count(): number {
    return this.#count;
  }

  add(): void {
    this.#count++;
    if (this.#waiting !== undefined && this.#count >= this.#waiting.target) {
      this.#waiting.resolve();
      this.#waiting = undefined;
    }
  }

  /**
   * Resolves when `more` updates after the current count have finished;
   * rejects after `timeoutMs` (an update lost or stuck must not hang the bench).
   */
  waitFor(more: number, timeoutMs: number): Promise<void> {
    const target = this.#count + more;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.#count - (target - more)} of ${more} updates finished within ${timeoutMs} ms`)), timeoutMs);
      this.#waiting = {
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
    });
  }
}

/**
 * A log destination that counts the adapter's "answered" lines (one per
 * answered update) and drops the rest: pino still formats every line, as in
 * production, but nothing is written.
 */
export function answeredCounter(completions: Completions): DestinationStream {
  return {
    write(line: string) {
      if (line.includes('"msg":"answered"')) completions.add();
    },
  };
}
