/**
 * The loader on broken corpora: each kind of malformation gives an issue that
 * names the file, the record and the field (and the line), all issues are
 * reported at once, and nothing is half-loaded.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataValidationError, formatIssue, loadDataset, loadEngine, type DataIssue } from "../../src/index.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/mini");
const dirs: string[] = [];

/** A copy of the valid mini corpus in a temp dir named `data`, with `edit` applied to one file. */
function corpus(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), "pactdesk-load-"));
  dirs.push(root);
  const dir = join(root, "data");
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  return dir;
}

function issuesOf(dir: string): DataIssue[] {
  const result = loadDataset(dir);
  if (result.ok) throw new Error("expected the corpus to be rejected");
  return result.issues;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadDataset", () => {
  it("loads the valid fixture", () => {
    const result = loadDataset(FIXTURE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.agreements.map((agreement) => agreement.partner)).toEqual(["United Kingdom", "Japan", "United States", "Croatia"]);
  });

  it("reports bad YAML syntax with the file and line", () => {
    const dir = corpus("facts.yaml", (text) => text.replace("  asOf: 2024-06-13\n", "  asOf: [2024-06-13\n"));
    const [issue] = issuesOf(dir);
    expect(issue?.file).toBe("data/facts.yaml");
    expect(issue?.line).toBeGreaterThan(0);
    expect(issue?.message).toMatch(/invalid YAML/);
  });

  it("reports a missing field with the record id, the field and its record's line", () => {
    const dir = corpus("agreements.yaml", (text) => text.replace("  place: Apulia, Italy\n  occasion: the G7 summit in Apulia\n  events: [g7-apulia-2024]\n  signatories:\n    - { name: Volodymyr Zelenskyy, role: President of Ukraine, side: ukraine }\n    - { name: Fumio Kishida", "  occasion: the G7 summit in Apulia\n  events: [g7-apulia-2024]\n  signatories:\n    - { name: Volodymyr Zelenskyy, role: President of Ukraine, side: ukraine }\n    - { name: Fumio Kishida"));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: "data/agreements.yaml", record: "japan", path: "place", message: "is required but missing" }));
    expect(formatIssue(issues.find((issue) => issue.path === "place")!)).toMatch(/^data\/agreements\.yaml:\d+ record "japan" → place: is required but missing$/);
  });

  it("reports a pledge whose sum is not written as a sum, or not as the record's commitments write it", () => {
    const withPledges = (pledges: string) => corpus("agreements.yaml", (text) => text.replace("    - Consultations within 24 hours if Russia attacks again\n  ordinal: 2\n", `    - Consultations within 24 hours if Russia attacks again\n  pledges:\n${pledges}  ordinal: 2\n`));
    expect(issuesOf(withPledges('    - { year: 2024, sum: "4.5 billion dollars" }\n'))).toContainEqual(
      expect.objectContaining({ file: "data/agreements.yaml", record: "japan", path: "pledges[0].sum", message: expect.stringMatching(/^must be a sum as the commitments write it/) }),
    );
    expect(issuesOf(withPledges('    - { year: 2024, sum: "US$4.5 billion" }\n'))).toContainEqual(
      expect.objectContaining({ file: "data/agreements.yaml", record: "japan", path: "pledges[0].sum", message: '"US$4.5 billion" is not written in any of the record\'s commitments' }),
    );
  });

  it("reports a wrong type at the field's own line", () => {
    const dir = corpus("tallies.yaml", (text) => text.replace("count: 3", "count: three"));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ file: "data/tallies.yaml", record: "official-june-2024", path: "count", line: 3 });
    expect(issue?.message).toMatch(/number/);
  });

  it("reports a date that is not a real calendar date", () => {
    const dir = corpus("agreements.yaml", (text) => text.replace("signed: 2024-01-12", "signed: 2024-02-30"));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ record: "united-kingdom", path: "signed", message: "is not a real calendar date" }));
  });

  it("reports a date in the wrong format", () => {
    const dir = corpus("facts.yaml", (text) => text.replace("asOf: 2024-01-12", "asOf: 12/01/2024"));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: "data/facts.yaml", record: "uk-first", path: "asOf", message: expect.stringMatching(/YYYY-MM-DD/) }));
  });

  it("reports a duplicate id, pointing at the first use", () => {
    const dir = corpus("facts.yaml", (text) => text.replace("- id: croatia-uncounted", "- id: uk-first"));
    const issues = issuesOf(dir);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "data/facts.yaml", record: "uk-first", path: "id" });
    expect(issues[0]?.message).toMatch(/duplicate id "uk-first" \(first used on line 1\)/);
  });

  it("reports a dangling reference with the record, the field path and the unknown id", () => {
    const dir = corpus("facts.yaml", (text) => text.replace("  sources: [kantei-japan-ukraine-summit]", "  sources: [kantei-japan-ukraine-summit, no-such-source]"));
    const issues = issuesOf(dir);
    expect(issues).toEqual([expect.objectContaining({ file: "data/facts.yaml", record: "japan-constitution-limits", path: "sources[1]", message: 'unknown source "no-such-source"' })]);
    expect(issues[0]?.line).toBeGreaterThan(0);
  });

  it("reports references to unknown agreements and events", () => {
    const dir = corpus("quotes.yaml", (text) => text.replace("  agreement: united-states", "  agreement: narnia"));
    expect(issuesOf(dir)).toEqual([expect.objectContaining({ file: "data/quotes.yaml", record: "us-consultations-24-hours", path: "agreement", message: 'unknown agreement "narnia"' })]);
  });

  it("reports an empty file", () => {
    const dir = corpus("events.yaml", () => "# nothing yet\n");
    const issues = issuesOf(dir);
    expect(issues).toContainEqual({ file: "data/events.yaml", path: "", message: "the file is empty" });
  });

  it("reports a top level that is not a list", () => {
    const dir = corpus("tallies.yaml", () => "id: official-june-2024\ncount: 3\n");
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ file: "data/tallies.yaml", line: 1, message: expect.stringMatching(/must be a YAML list/) }));
  });

  it("reports a missing file", () => {
    const dir = corpus("quotes.yaml", (text) => text);
    rmSync(join(dir, "quotes.yaml"));
    expect(issuesOf(dir)).toContainEqual({ file: "data/quotes.yaml", path: "", message: "the file is missing" });
  });

  it("names a record without an id by its position", () => {
    const dir = corpus("sources.yaml", (text) => text.replace("- id: lawfare-us-agreement\n  title:", "- title:"));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual(expect.objectContaining({ file: "data/sources.yaml", record: "[2]", path: "id", message: "is required but missing" }));
  });

  it("checks official tallies against the registry", () => {
    const dir = corpus("tallies.yaml", (text) => text.replace("count: 3", "count: 4"));
    const [issue] = issuesOf(dir);
    expect(issue).toMatchObject({ record: "official-june-2024", path: "count" });
    expect(issue?.message).toMatch(/official tally says 4 as of 2024-06, but agreements\.yaml has 3/);
  });

  it("rejects an alias that names two partners", () => {
    const dir = corpus("agreements.yaml", (text) => text.replace("aliases: [Japanese, Tokyo]", "aliases: [Japanese, Tokyo, UK]"));
    expect(issuesOf(dir)).toContainEqual(expect.objectContaining({ record: "japan", path: "aliases[2]", message: '"UK" already names United Kingdom' }));
  });

  it("collects every issue across files instead of stopping at the first, without follow-on issues from a file that failed", () => {
    const root = corpus("facts.yaml", (text) => text.replace("asOf: 2024-01-12", "asOf: soon"));
    writeFileSync(join(root, "events.yaml"), "");
    writeFileSync(join(root, "quotes.yaml"), readFileSync(join(root, "quotes.yaml"), "utf8").replace("source: lawfare-us-agreement", "source: nowhere"));
    const files = new Set(issuesOf(root).map((issue) => issue.file));
    // agreements.yaml refers to events in the empty events.yaml, but that is the one issue of events.yaml, not three.
    expect(files).toEqual(new Set(["data/facts.yaml", "data/events.yaml", "data/quotes.yaml"]));
  });
});

describe("loadEngine on a broken corpus", () => {
  it("throws DataValidationError whose message lists every issue by file, record and field", () => {
    const dir = corpus("facts.yaml", (text) => text.replace("  sources: [gov-uk-pm-in-kyiv]", "  sources: [foo]"));
    let caught: unknown;
    try {
      loadEngine({ dataDir: dir });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DataValidationError);
    const error = caught as DataValidationError;
    expect(error.issues).toHaveLength(1);
    expect(error.message).toMatch(/data\/facts\.yaml:\d+ record "uk-first" → sources\[0\]: unknown source "foo"/);
  });

  it("reports a malformed language pack with its field and line", () => {
    const dir = corpus("sources.yaml", (text) => text);
    cpSync(join(import.meta.dirname, "../../data/lang"), join(dir, "lang"), { recursive: true });
    const pack = join(dir, "lang", "en.yaml");
    writeFileSync(pack, readFileSync(pack, "utf8").replace("stemmer: english", "stemmer: 42"));
    expect(() => loadEngine({ dataDir: dir })).toThrow(/data\/lang\/en\.yaml:\d+ → stemmer: /);
  });
});
