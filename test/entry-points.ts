/**
 * The entry points that tests start as processes of their own, and how to
 * start one: `node` on the bundle test/build-entry-points.ts made of it for
 * this run (the same as `node --import tsx ENTRY`, without compiling every
 * module again at each start).
 */
import { join } from "node:path";
import { inject } from "vitest";

export const ENTRY_POINTS = ["adapters/main.ts", "adapters/console/ask.ts", "adapters/discord/sharded.ts", "adapters/discord/deploy-commands.ts"] as const;

export type EntryPoint = (typeof ENTRY_POINTS)[number];

/** Where the bundle of `entry` is in `dir`: the same path, ending in .mjs. */
export function bundlePath(dir: string, entry: EntryPoint): string {
  return join(dir, entry.replace(/\.ts$/, ".mjs"));
}

/** The arguments to `process.execPath` that run `entry` followed by `args`. */
export function entryPointArgs(entry: EntryPoint, args: readonly string[] = []): string[] {
  return [bundlePath(inject("entryPointsDir"), entry), ...args];
}
