/**
 * Reads and validates the whole corpus in `data/`: every file parsed, every
 * record checked against its schema, then the cross-record rules. All issues
 * are collected; a dataset is returned only when there are none.
 */
import { basename, join } from "node:path";
import type { DataIssue } from "./data-issue.ts";
import { checkIntegrity, type LocatedDataset } from "./integrity.ts";
import { parseRecords, type Located } from "./parse-records.ts";
import { readYaml } from "./read-yaml.ts";
import { DATA_FILES, type Dataset } from "./schema.ts";
import type { z } from "zod";

export type LoadDatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/** @param dataDir The corpus directory (the one holding `sources.yaml`). */
export function loadDataset(dataDir: string): LoadDatasetResult {
  const issues: DataIssue[] = [];
  const declared: Partial<Record<keyof typeof DATA_FILES, Set<string>>> = {};
  const read = <T>(name: keyof typeof DATA_FILES, schema: z.ZodType<T>): Located<T>[] => {
    const { file } = DATA_FILES[name];
    const result = readYaml(join(dataDir, file), displayPath(dataDir, file));
    if (!result.ok) {
      issues.push(...result.issues);
      return [];
    }
    const parsed = parseRecords(result.yaml, schema);
    issues.push(...parsed.issues);
    declared[name] = parsed.ids;
    return parsed.records;
  };
  const located: LocatedDataset = {
    sources: read("sources", DATA_FILES.sources.schema),
    agreements: read("agreements", DATA_FILES.agreements.schema),
    facts: read("facts", DATA_FILES.facts.schema),
    quotes: read("quotes", DATA_FILES.quotes.schema),
    tallies: read("tallies", DATA_FILES.tallies.schema),
    events: read("events", DATA_FILES.events.schema),
  };
  issues.push(...checkIntegrity(located, { sources: declared.sources, agreements: declared.agreements, events: declared.events }));
  if (issues.length > 0) return { ok: false, issues };
  const values = <T>(records: Located<T>[]) => records.map((record) => record.value);
  return {
    ok: true,
    dataset: {
      sources: values(located.sources),
      agreements: values(located.agreements),
      facts: values(located.facts),
      quotes: values(located.quotes),
      tallies: values(located.tallies),
      events: values(located.events),
    },
  };
}

/** How issues name a file: the corpus directory's own name, then the file (`data/facts.yaml`). */
export function displayPath(dataDir: string, file: string): string {
  return `${basename(dataDir)}/${file}`;
}
