/**
 * vitest globalSetup: bundles the entry points that tests start as processes
 * (`npm start`, the `ask` CLI, the sharded Discord bot, the command deployer)
 * once per run with esbuild, so that each of those processes starts on plain
 * `node` instead of compiling every module with tsx again (1–2 s of CPU per
 * start). The bundles are the same code: esbuild is what tsx compiles with,
 * and most packages' code is bundled as it is in node_modules (a few files to
 * compile instead of Node resolving and loading hundreds: half the CPU of a
 * start that loads no corpus); see EXTERNAL_PACKAGES for the others.
 * `npm run ask` in test/adapters/console/timeline.test.ts still runs the real
 * npm script through tsx.
 *
 * Tests start a bundle with `entryPointArgs()` (test/entry-points.ts).
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
 * Packages left in node_modules, imported from there as under tsx: the native
 * addon (it loads its binary from its own folder), one-file packages (nothing
 * to gain), and the large ones that only some processes load (Discord, Redis,
 * the timeline's Vega): bundling those took seconds of the run's start,
 * more than they cost the few processes that load them.
 */
const EXTERNAL_PACKAGES = ["@resvg/resvg-js", "snowball-stemmers", "discord.js", "ioredis", "vega", "vega-lite", "opentype.js"];

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
  // The packages left out of the bundles are imported by name; Node finds them through this link.
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
    external: EXTERNAL_PACKAGES,
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
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
