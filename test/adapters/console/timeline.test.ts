/**
 * The console's `timeline`: the chart lands as `timeline.png` in the user's
 * directory and the terminal shows its path and the timeline as text, both
 * in the interactive chat and through `npm run --silent ask -- timeline`.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsole } from "../../../adapters/console/chat.ts";
import { createLogger } from "../../../adapters/shared/logger.ts";
import type { Engine } from "../../../src/index.ts";
import { sharedEngine } from "../../shared-engine.ts";

const root = resolve(fileURLToPath(import.meta.url), "../../../..");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let engine: Engine;
const temporary: string[] = [];

beforeAll(() => {
  engine = sharedEngine();
});

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "pact-desk-timeline-")));
  temporary.push(dir);
  return dir;
}

/** The PNG at `path`: its signature and the size in its IHDR chunk. */
function png(path: string): { signed: boolean; width: number; height: number; bytes: number } {
  const data = readFileSync(path);
  return { signed: data.subarray(0, 8).equals(PNG_SIGNATURE), width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}

/** Runs the chat on `lines` and returns everything it printed. */
async function chat(lines: string[], dir: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.setEncoding("utf8").on("data", (chunk: string) => (printed += chunk));
  const session = startConsole(engine, { logger: createLogger("silent"), input, output, dir });
  input.end(lines.map((line) => `${line}\n`).join(""));
  await session;
  return printed;
}

describe("timeline in the interactive chat", () => {
  it.concurrent("writes timeline.png and prints its path, what it shows and the months with their partners", async () => {
    const dir = scratch();
    const printed = await chat(["timeline 2024 Japan"], dir);
    const path = join(dir, "timeline.png");
    expect(png(path)).toMatchObject({ signed: true, width: 2400, height: 1520 });
    expect(png(path).bytes).toBeGreaterThan(20_000); // a drawn chart, not an empty canvas
    expect(printed).toContain(`Saved ${path} (2400×1520 pixels)`);
    expect(printed).toContain("Highlighted: Japan, signed 13 June 2024.");
    expect(printed).toMatch(/^2024-06 {2}.*Japan.*\[\d+\]$/m);
    expect(printed).toMatch(/^2024-06 {2}◆ G7 summit in Apulia/m);
    expect(printed).not.toMatch(/^2025-/m);
    expect(printed).toMatch(/^Sources$/m);
    expect(printed.split("\n").filter((line) => line.length > 80 && /\s/.test(line.trim()))).toEqual([]);
  });

  it.concurrent("explains a year without signings or an unknown partner, writing nothing", async () => {
    const dir = scratch();
    const printed = await chat(["timeline 2023", "timeline Atlantis"], dir);
    expect(printed).toContain("I can't draw that timeline. No agreements were signed in 2023.");
    expect(printed).toMatch(/I can't draw that timeline\. .*"Atlantis".* Try "timeline"/);
    expect(existsSync(join(dir, "timeline.png"))).toBe(false);
  });
});

// Concurrent, like the chat's tests above: the npm process (seconds) runs while this worker draws the chat's charts.
describe("npm run --silent ask -- timeline", () => {
  it.concurrent("writes timeline.png where the user is and prints its absolute path and the text timeline", async () => {
    const dir = scratch();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn("npm", ["--prefix", root, "run", "--silent", "ask", "--", "timeline", "--year", "2024", "--partner", "Japan"], { cwd: dir });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.on("error", fail);
      child.on("close", (code) => done({ code, stdout, stderr }));
    });
    expect(code, stderr).toBe(0);
    expect(stdout.split("\n")[0]).toBe(`Saved ${join(dir, "timeline.png")} (2400×1520 pixels)`);
    expect(png(join(dir, "timeline.png"))).toMatchObject({ signed: true, width: 2400, height: 1520 });
    expect(stdout).toMatch(/^2024-01 {2}United Kingdom {2}\[1\]$/m);
    expect(existsSync(join(root, "timeline.png"))).toBe(false);
  });
});
