/**
 * The parent side of the bot-path benchmarks: starts the fake platform
 * servers in their own process (`fake-platform-server.ts`), hands out their
 * addresses, and has them play rounds of chats against one bot.
 */
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { BotKind, FakeEndpoint, FromParent, ToParent } from "./fake-platform-server.ts";

const SERVER_SCRIPT = fileURLToPath(new URL("./fake-platform-server.ts", import.meta.url));

export interface PlatformFakes {
  endpoints: Record<BotKind, FakeEndpoint>;
  /**
   * Has `concurrency` chats ask one bot the questions, a chat's next only once its last is answered;
   * resolves with each update's milliseconds from arrival to its answer's request. Rejects after
   * `timeoutMs` (an update lost or stuck must not hang the bench).
   */
  run(bot: BotKind, questions: readonly string[], concurrency: number, timeoutMs: number): Promise<{ latenciesMs: number[]; seconds: number }>;
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
    async run(bot, questions, concurrency, timeoutMs) {
      const done = next("done");
      send({ type: "run", bot, questions: [...questions], concurrency });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${bot} bot: not every one of ${questions.length} updates was answered within ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        const message = await Promise.race([done, timeout]);
        return message.type === "done" ? { latenciesMs: message.latenciesMs, seconds: message.seconds } : { latenciesMs: [], seconds: Number.NaN };
      } finally {
        clearTimeout(timer);
      }
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
