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
 * discord.js and ioredis are bundled apart, once, into a module each that
 * the entry points import by path (see VENDORED): bundling them with the rest
 * took a build twice as long, which every change to our code would pay.
 *
 * The bundles are kept between runs (in the OS temp directory) and built again
 * only when something they were built from changed: the hash of every file
 * esbuild read (the metafile's inputs, node_modules included), the
 * package.json of each package those came from, tsconfig.json and
 * package-lock.json, this file (the options) and esbuild's version. Building
 * took about a second at the start of every run, before any test.
 *
 * Tests start a bundle with `entryPointArgs()` (test/entry-points.ts).
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, version as esbuildVersion, type BuildOptions, type Plugin } from "esbuild";
import type { TestProject } from "vitest/node";
import { ENTRY_POINTS, bundlePath } from "./entry-points.ts";

const root = resolve(fileURLToPath(import.meta.url), "../..");

/**
 * Packages left in node_modules, imported from there as under tsx: the native
 * addon (it loads its binary from its own folder), and the timeline's Vega
 * and opentype.js, which no process the tests start loads. snowball-stemmers
 * (one 0.9 MB CommonJS file) is bundled: imported from an ES module, Node
 * first scans all of it for its export names, 0.1–0.2 s of CPU in every
 * process that loads the engine.
 */
const EXTERNAL_PACKAGES = ["@resvg/resvg-js", "vega", "vega-lite", "opentype.js"];

/**
 * Large CommonJS packages that some processes load (the Discord bot, its
 * shards and the command deployer; Redis): each is bundled on its own into
 * `<name>.mjs`, exporting what Node's import of the package exports, and the
 * entry points import that file instead. Imported from node_modules, Node
 * scans and loads hundreds of their files at each start (discord.js: about
 * 0.35 s of CPU more per process). Their bundles change only with node_modules.
 */
const VENDORED = ["discord.js", "ioredis"] as const;

/** Optional dependencies of the vendored packages, found at run time if installed (none is here). */
const OPTIONAL = ["zlib-sync", "bufferutil", "utf-8-validate"];

const BANNER = { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' };

const vendorPath = (dir: string, name: string) => join(dir, `${name}.mjs`);

/** Resolves the vendored packages' names to their bundles in `dir`, left out of the bundle being built. */
function vendored(dir: string): Plugin {
  return {
    name: "vendored-packages",
    setup(context) {
      context.onResolve({ filter: new RegExp(`^(${VENDORED.map((name) => name.replace(".", "\\.")).join("|")})$`) }, (args) => ({ path: vendorPath(dir, args.path), external: true }));
    },
  };
}

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

/** Where the bundles of this checkout are kept between runs, with a manifest of what they were built from. */
const CACHE_DIR = join(tmpdir(), "pact-desk-entry-points");
const checkout = createHash("sha256").update(root).digest("hex").slice(0, 12);

interface Manifest {
  /** The directory holding the bundles. */
  dir: string;
  /** `inputsKey` of `inputs` when they were built. */
  key: string;
  /** Absolute paths of every file the bundles depend on. */
  inputs: string[];
}

function buildOptions(outdir: string, vendorDir: string): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [...ENTRY_POINTS],
    outdir,
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
    banner: BANNER,
    logLevel: "warning",
    metafile: true,
    plugins: [vendored(vendorDir), sourceUrls(ENTRY_POINTS)],
  };
}

/** Bundles each of VENDORED into `dir`; returns the files esbuild read. */
async function buildVendored(dir: string): Promise<string[]> {
  const results = await Promise.all(
    VENDORED.map(async (name) => {
      // What an ES module importing the package gets (Node reads the export names from its CommonJS source).
      const exported = Object.keys(await import(pathToFileURL(createRequire(join(root, "package.json")).resolve(name)).href)).filter((key) => key !== "default");
      return build({
        absWorkingDir: root,
        stdin: {
          contents: `const m = require(${JSON.stringify(name)});\nexport default m;\nexport const { ${exported.join(", ")} } = m;\n`,
          resolveDir: root,
          sourcefile: `${name}.vendored.mjs`,
          loader: "js",
        },
        outfile: vendorPath(dir, name),
        bundle: true,
        format: "esm",
        platform: "node",
        target: "node20",
        external: OPTIONAL,
        banner: BANNER,
        logLevel: "error",
        metafile: true,
      });
    }),
  );
  return results.flatMap((result) => Object.keys(result.metafile?.inputs ?? {}).filter((input) => !input.endsWith(".vendored.mjs")));
}

/** A hash of the contents of `inputs` (a missing file hashes differently from any content), of `extra`, this file and esbuild's version. */
function inputsKey(inputs: readonly string[], extra: string): string {
  const hash = createHash("sha256").update(`esbuild ${esbuildVersion}\0${extra}\0`).update(readFileSync(fileURLToPath(import.meta.url)));
  for (const path of inputs) {
    hash.update(`\0${path}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : "\0missing");
  }
  return hash.digest("hex");
}

/**
 * Everything the bundles depend on: the files esbuild read, and what decides which files it reads — the package.json of
 * each package they came from (its `exports`), tsconfig.json and the lockfile.
 */
function dependencies(metafileInputs: readonly string[]): string[] {
  const files = new Set(metafileInputs.map((input) => resolve(root, input)));
  for (const file of [...files]) {
    const inPackage = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (inPackage?.[1] !== undefined) files.add(join(inPackage[1], "package.json"));
  }
  for (const file of ["package.json", "package-lock.json", "tsconfig.json"]) files.add(join(root, file));
  return [...files].sort();
}

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * The `kind` of bundles of the last run when nothing they depend on (nor `extra`) changed since, else new ones
 * that `make` writes into a new directory, returning the files esbuild read.
 */
async function cached(kind: string, extra: string, outputs: (dir: string) => string[], make: (dir: string) => Promise<string[]>): Promise<string> {
  const manifestPath = join(CACHE_DIR, `${checkout}-${kind}.json`);
  const previous = readManifest(manifestPath);
  if (previous !== undefined && outputs(previous.dir).every((file) => existsSync(file)) && inputsKey(previous.inputs, extra) === previous.key) return previous.dir;
  mkdirSync(CACHE_DIR, { recursive: true });
  const dir = mkdtempSync(join(CACHE_DIR, `${checkout}-${kind}-`));
  // The packages left out of the bundles are imported by name; Node finds them through this link.
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const inputs = dependencies(await make(dir));
  const manifest: Manifest = { dir, key: inputsKey(inputs, extra), inputs };
  const written = `${manifestPath}.${process.pid}`;
  writeFileSync(written, JSON.stringify(manifest));
  renameSync(written, manifestPath);
  removeOld(`${checkout}-${kind}-`, dir);
  return dir;
}

/** The entry points' bundles, importing the vendored packages' bundles. */
async function bundles(): Promise<string> {
  const vendor = await cached("vendor", VENDORED.join(" "), (dir) => VENDORED.map((name) => vendorPath(dir, name)), buildVendored);
  return cached(
    "entries",
    vendor,
    (dir) => ENTRY_POINTS.map((entry) => bundlePath(dir, entry)),
    async (dir) => Object.keys((await build(buildOptions(dir, vendor))).metafile?.inputs ?? {}),
  );
}

/** Directories named `prefix…` older than an hour other than `keep` (a run still using one has had an hour). */
function removeOld(prefix: string, keep: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const dir = join(CACHE_DIR, name);
    if (!name.startsWith(prefix) || dir === keep) continue;
    if (Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const dir = await bundles();
  for (const entry of ENTRY_POINTS) readFileSync(bundlePath(dir, entry)); // fails here, not in a test, if the layout is not as expected
  project.provide("entryPointsDir", dir);
}

declare module "vitest" {
  export interface ProvidedContext {
    /** Where test/build-entry-points.ts wrote this run's bundles. */
    entryPointsDir: string;
  }
}
