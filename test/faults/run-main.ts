/**
 * `npm start` (adapters/main.ts) as a child process, the way the tests that
 * need a real process use it: a crash is a real SIGKILL, an exit code a real
 * exit code. Bot tokens and the data directory come only from `env`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { entryPointArgs, type EntryPoint } from "../entry-points.ts";

export const repositoryRoot = resolve(fileURLToPath(import.meta.url), "../../..");

export interface MainRun {
  child: ChildProcess;
  /** Settles when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** @param entry The script to run, relative to the repository (another entry point, e.g. `adapters/discord/sharded.ts`). */
export function runMain(env: Record<string, string>, input = "", entry: EntryPoint = "adapters/main.ts"): MainRun {
  const { TELEGRAM_BOT_TOKEN, DISCORD_TOKEN, PACT_DESK_DATA_DIR, LOG_LEVEL, ...inherited } = process.env;
  const child = spawn(process.execPath, entryPointArgs(entry), { cwd: repositoryRoot, env: { ...inherited, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin?.end(input);
  const exited = new Promise<Awaited<MainRun["exited"]>>((done, fail) => {
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
  return { child, exited };
}
