/**
 * The parse cache only ever saves time: a corpus loads the same with the
 * cache empty, warm, stale, corrupt or unusable, and a malformed record read
 * back from the cache is still reported with its file, record, field and line.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fileParseCache } from "../../src/dataset/parse-cache.ts";
import { loadDataset, loadEngine, type DataIssue, type LoadDatasetResult } from "../../src/index.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/mini");
const roots: string[] = [];

/** A scratch directory holding a copy of the mini corpus (`data/`) and an empty cache directory (`cache/`). */
function scratch(): { dataDir: string; cacheDir: string } {
  const root = mkdtempSync(join(tmpdir(), "pactdesk-cache-"));
  roots.push(root);
  const dataDir = join(root, "data");
  cpSync(FIXTURE, dataDir, { recursive: true });
  return { dataDir, cacheDir: join(root, "cache") };
}

function edit(dataDir: string, file: string, change: (text: string) => string): void {
  const path = join(dataDir, file);
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

function issuesOf(result: LoadDatasetResult): DataIssue[] {
  if (result.ok) throw new Error("expected the corpus to be rejected");
  return result.issues;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the parse cache", () => {
  it("gives the same dataset from a warm cache as from parsing", () => {
    const { dataDir, cacheDir } = scratch();
    const parsed = loadDataset(dataDir, { cacheDir: false });
    const first = loadDataset(dataDir, { cacheDir });
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
    const cached = loadDataset(dataDir, { cacheDir });
    expect(first).toEqual(parsed);
    expect(cached).toEqual(parsed);
  });

  it("reads an edited file afresh", () => {
    const { dataDir, cacheDir } = scratch();
    loadDataset(dataDir, { cacheDir });
    edit(dataDir, "tallies.yaml", (text) => text.replace("whatCounts: the United Kingdom, Japan and the United States", "whatCounts: three partners"));
    const result = loadDataset(dataDir, { cacheDir });
    expect(result.ok && result.dataset.tallies[0]?.whatCounts).toBe("three partners");
  });

  it("reports a malformed record read back from the cache with its file, record, field and line", () => {
    const { dataDir, cacheDir } = scratch();
    edit(dataDir, "tallies.yaml", (text) => text.replace("count: 3", "count: three"));
    const parsed = issuesOf(loadDataset(dataDir, { cacheDir }));
    const cached = issuesOf(loadDataset(dataDir, { cacheDir }));
    expect(cached).toEqual(parsed);
    expect(cached[0]).toMatchObject({ file: "data/tallies.yaml", record: "official-june-2024", path: "count", line: 3 });
  });

  it("stops start-up with the line of a malformed record although the file is cached", () => {
    const { dataDir, cacheDir } = scratch();
    edit(dataDir, "facts.yaml", (text) => text.replace("  sources: [gov-uk-pm-in-kyiv]", "  sources: [foo]"));
    loadDataset(dataDir, { cacheDir });
    expect(() => loadEngine({ dataDir, cacheDir })).toThrow(/data\/facts\.yaml:\d+ record "uk-first" → sources\[0\]: unknown source "foo"/);
  });

  it("ignores corrupt entries", () => {
    const { dataDir, cacheDir } = scratch();
    const parsed = loadDataset(dataDir, { cacheDir });
    // Half cut off mid-write, half someone else's entry under this name.
    readdirSync(cacheDir).forEach((name, index) => writeFileSync(join(cacheDir, name), index % 2 === 0 ? "{ not json" : '{"format":1,"key":"another","value":[]}'));
    expect(loadDataset(dataDir, { cacheDir })).toEqual(parsed);
  });

  it("loads without a cache when its directory cannot be created", () => {
    const { dataDir } = scratch();
    const blocker = join(dataDir, "tallies.yaml");
    const result = loadDataset(dataDir, { cacheDir: join(blocker, "cache") });
    expect(result).toEqual(loadDataset(dataDir, { cacheDir: false }));
  });

  it("does not keep values JSON would give back changed", () => {
    const { cacheDir } = scratch();
    const cache = fileParseCache(cacheDir);
    cache.set("limit: .inf\n", { limit: Infinity });
    cache.set("signed: 2024-06-13\n", { signed: new Date("2024-06-13") });
    expect(cache.get("limit: .inf\n")).toBeUndefined();
    expect(cache.get("signed: 2024-06-13\n")).toBeUndefined();
  });
});
