/**
 * vitest globalSetup: bundles the entry points that tests start as processes
 * (`npm start`, the `ask` CLI, the sharded Discord bot, the command deployer)
 * once per run with esbuild, so that each of those processes starts on plain
 * `node` in a fraction of a second instead of compiling every module with tsx
 * again (1–2 s of CPU per start). The bundles are the same code: esbuild is
 * what tsx compiles with, and packages stay external, loaded from node_modules
 * as under tsx. `npm run ask` in test/adapters/console/timeline.test.ts still
 * runs the real npm script through tsx.
 *
 * Tests find the bundles with `entryPoint()` (test/entry-points.ts).
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import type { TestProject } from "vitest/node";
import { ENTRY_POINTS, bundlePath } from "./entry-points.ts";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/**
 * A module's `import.meta.url` is its source file's URL, as under tsx, so that
 * paths worked out from it (the corpus directory, the font package) stay the
 * same. An entry point keeps its bundle's URL: its "am I the script being run?"
 * check compares it with `process.argv[1]`, and the sharded bot starts its
 * shards from the `main` bundle beside it.
 */
function sourceUrls(entries: readonly string[]): Plugin {
  const entryFiles = new Set(entries.map((entry) => join(root, entry)));
  return {
    name: "source-import-meta-url",
    setup(context) {
      context.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (entryFiles.has(args.path) || !text.includes("import.meta.url")) return { contents: text, loader: "ts" };
        return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
      });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "pact-desk-entry-points-"));
  // The bundles import packages by name; Node finds them through this link.
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  await build({
    absWorkingDir: root,
    entryPoints: [...ENTRY_POINTS],
    outdir: dir,
    outbase: root,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Lazily imported adapters (discord.js, grammY) stay lazy: each is a chunk loaded only when used.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    plugins: [sourceUrls(ENTRY_POINTS)],
  });
  for (const entry of ENTRY_POINTS) readFileSync(bundlePath(dir, entry)); // fails here, not in a test, if the layout is not as expected
  project.provide("entryPointsDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Where test/build-entry-points.ts wrote this run's bundles. */
    entryPointsDir: string;
  }
}
