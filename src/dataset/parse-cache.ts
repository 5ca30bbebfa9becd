/**
 * Parsed data files kept on disk between starts. Parsing YAML is most of a
 * cold start; reading the same values back as JSON is about a hundred times
 * faster. An entry is keyed by a hash of the file's text (and of the YAML
 * library's version), so an edited file is simply parsed afresh; a missing,
 * unreadable or corrupt entry counts as a miss, and any failure to write is
 * ignored: the cache only ever saves time, never changes what is loaded.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where parsed files are kept unless the caller says otherwise: the repository's `node_modules/.cache`, as build tools do. */
export const DEFAULT_PARSE_CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "node_modules", ".cache", "pact-desk", "parsed");

/** Bump when the entry format changes, so old entries are never read as new ones. */
const FORMAT = 1;
/** Most entries kept; the least recently used go first (each data edit and test fixture adds one). */
const MAX_ENTRIES = 64;

const YAML_VERSION = (createRequire(import.meta.url)("yaml/package.json") as { version: string }).version;

export interface ParseCache {
  /** The value parsed earlier from exactly this text, if there is one. */
  get(text: string): { value: unknown } | undefined;
  /** Keeps the value parsed from this text; values JSON cannot hold exactly (dates, sets, infinities…) are not kept. */
  set(text: string, value: unknown): void;
}

interface Entry {
  format: number;
  key: string;
  value: unknown;
}

/** A cache in `dir`, created on first write. */
export function fileParseCache(dir: string): ParseCache {
  const keyOf = (text: string) => createHash("sha256").update(`${FORMAT}\0${YAML_VERSION}\0`).update(text).digest("hex");
  const pathOf = (key: string) => join(dir, `${key}.json`);
  return {
    get(text) {
      const key = keyOf(text);
      const path = pathOf(key);
      try {
        const entry = JSON.parse(readFileSync(path, "utf8")) as Partial<Entry>;
        if (entry.format !== FORMAT || entry.key !== key || !("value" in entry)) return undefined;
        touch(path);
        return { value: entry.value };
      } catch {
        return undefined;
      }
    },
    set(text, value) {
      if (!isJsonExact(value)) return;
      const key = keyOf(text);
      const entry: Entry = { format: FORMAT, key, value };
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed, so a reader never sees half an entry (tests load corpora in parallel).
        const partial = `${pathOf(key)}.${process.pid}.partial`;
        writeFileSync(partial, JSON.stringify(entry));
        renameSync(partial, pathOf(key));
        prune(dir);
      } catch {
        // A read-only or full disk: start-up just parses next time as well.
      }
    },
  };
}

/** The cache to use for a `cacheDir` option: `false` for none, a directory, or the default one. */
export function parseCacheFor(cacheDir: string | false | undefined): ParseCache | undefined {
  return cacheDir === false ? undefined : fileParseCache(cacheDir ?? DEFAULT_PARSE_CACHE_DIR);
}

/** Whether JSON gives back exactly this value: plain objects and arrays of strings, finite numbers, booleans and null. */
function isJsonExact(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonExact);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isJsonExact);
}

/** Marks an entry as just used, for pruning; a read-only cache is still read. */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Pruning then sees it as older than it is; nothing else depends on the time.
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((name) => name.endsWith(".json"));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries.map((name) => ({ path: join(dir, name), used: statSync(join(dir, name)).mtimeMs })).sort((a, b) => a.used - b.used);
  for (const { path } of byAge.slice(0, entries.length - MAX_ENTRIES)) unlinkSync(path);
}
