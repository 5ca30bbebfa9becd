/**
 * Reads and validates the whole corpus in `data/`: every file parsed, every
 * record checked against its schema, then the cross-record rules. All issues
 * are collected; a dataset is returned only when there are none.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { DataIssue } from "./data-issue.ts";
import { checkIntegrity, type LocatedDataset } from "./integrity.ts";
import { PARSE_ONCE, parseRecords, type Located } from "./parse-records.ts";
import { readYaml } from "./read-yaml.ts";
import { DATA_FILES, PROVISIONS_DIR, ProvisionFileSchema, TRANSLATION_FILES, type Dataset, type ProvisionFile, type Source, type Translations } from "./schema.ts";
import { toPath } from "./format-issues.ts";
import type { z } from "zod";

export type LoadDatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/** @param dataDir The corpus directory (the one holding `sources.yaml`). */
export function loadDataset(dataDir: string): LoadDatasetResult {
  const issues: DataIssue[] = [];
  const declared: Partial<Record<keyof typeof DATA_FILES, Set<string>>> = {};
  const read = <T>(name: keyof typeof DATA_FILES, schema: z.ZodType<T>): Located<T>[] => {
    const entry: { file: string; optional?: boolean } = DATA_FILES[name];
    const { file } = entry;
    if (entry.optional === true && !existsSync(join(dataDir, file))) return [];
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
    groups: read("groups", DATA_FILES.groups.schema),
    topics: read("topics", DATA_FILES.topics.schema),
  };
  const provisionFiles = readProvisionFiles(dataDir, issues);
  const provisions = provisionFiles.map((entry) => entry.value);
  // Each text is a source its provisions cite.
  const textSources: Source[] = provisions.map(({ text }) => ({ id: text.id, title: text.title, publisher: text.publisher, published: text.published, url: text.url, kind: "official-text" }));
  // A record may cite an agreement's text (`text-iceland`) like any source.
  const sourceIds = declared.sources === undefined ? undefined : new Set([...declared.sources, ...textSources.map((source) => source.id)]);
  issues.push(...checkIntegrity(located, { sources: sourceIds, agreements: declared.agreements, events: declared.events }));
  issues.push(...checkProvisions(provisionFiles, located, declared.agreements));
  const translations = readTranslations(dataDir, issues, located);
  if (issues.length > 0) return { ok: false, issues };
  const values = <T>(records: Located<T>[]) => records.map((record) => record.value);
  return {
    ok: true,
    dataset: {
      sources: [...values(located.sources), ...textSources],
      agreements: values(located.agreements),
      facts: values(located.facts),
      quotes: values(located.quotes),
      tallies: values(located.tallies),
      events: values(located.events),
      groups: values(located.groups),
      topics: values(located.topics),
      provisions,
      translations,
    },
  };
}

/** How issues name a file: the corpus directory's own name, then the file (`data/facts.yaml`). */
export function displayPath(dataDir: string, file: string): string {
  return `${basename(dataDir)}/${file}`;
}

/** Every `provisions/*.yaml`, in file-name order; a corpus without the folder has none. */
function readProvisionFiles(dataDir: string, issues: DataIssue[]): { file: string; value: ProvisionFile }[] {
  const dir = join(dataDir, PROVISIONS_DIR);
  if (!existsSync(dir)) return [];
  const files: { file: string; value: ProvisionFile }[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".yaml")).sort()) {
    const result = readYaml(join(dir, name), displayPath(dataDir, `${PROVISIONS_DIR}/${name}`));
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const parsed = ProvisionFileSchema.safeParse(result.yaml.value, PARSE_ONCE);
    if (parsed.success) {
      files.push({ file: result.yaml.file, value: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const [top, index] = issue.path;
      const raw = result.yaml.value as { provisions?: { id?: unknown }[] } | null;
      const id = top === "provisions" && typeof index === "number" ? raw?.provisions?.[index]?.id : undefined;
      issues.push({ file: result.yaml.file, ...(typeof id === "string" ? { record: id } : {}), path: toPath(issue.path), line: result.yaml.lineOf(issue.path), message: issue.message });
    }
  }
  return files;
}

/** Provisions name a known agreement once, topics from topics.yaml, and ids unique across all files and sources. */
function checkProvisions(files: readonly { file: string; value: ProvisionFile }[], located: LocatedDataset, agreementIds: ReadonlySet<string> | undefined): DataIssue[] {
  const issues: DataIssue[] = [];
  const topics = new Set(located.topics.map((record) => record.value.id));
  const sources = new Set(located.sources.map((record) => record.value.id));
  const seen = new Set<string>();
  const texts = new Set<string>();
  for (const { file: where, value: file } of files) {
    if (agreementIds !== undefined && !agreementIds.has(file.agreement)) issues.push({ file: where, path: "agreement", message: `unknown agreement "${file.agreement}"` });
    if (texts.has(file.agreement)) issues.push({ file: where, path: "agreement", message: `a second provisions file for "${file.agreement}"` });
    texts.add(file.agreement);
    if (sources.has(file.text.id)) issues.push({ file: where, path: "text.id", message: `"${file.text.id}" is already a source id in sources.yaml` });
    for (const [index, provision] of file.provisions.entries()) {
      if (seen.has(provision.id)) issues.push({ file: where, record: provision.id, path: `provisions[${index}].id`, message: `duplicate provision id "${provision.id}"` });
      seen.add(provision.id);
      for (const topic of provision.topics) if (topics.size > 0 && !topics.has(topic)) issues.push({ file: where, record: provision.id, path: `provisions[${index}].topics`, message: `unknown topic "${topic}" (see topics.yaml)` });
    }
  }
  return issues;
}

/** The folder of translations, one subfolder per language (`translations/uk/`). */
const TRANSLATIONS_DIR = "translations";

/**
 * `translations/uk/*.yaml`: each record names an English record by id and has
 * as many signatories, commitments and conflict notes as it. A missing folder
 * means no translations; the data test requires them for the real corpus.
 */
function readTranslations(dataDir: string, issues: DataIssue[], located: LocatedDataset): Dataset["translations"] {
  const dir = join(dataDir, TRANSLATIONS_DIR, "uk");
  if (!existsSync(dir)) return {};
  const out: Partial<Translations> = {};
  for (const name of Object.keys(TRANSLATION_FILES) as (keyof typeof TRANSLATION_FILES)[]) {
    const { file, schema } = TRANSLATION_FILES[name];
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const result = readYaml(path, displayPath(dataDir, `${TRANSLATIONS_DIR}/uk/${file}`));
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const parsed = parseRecords(result.yaml, schema as z.ZodType<{ id: string }>);
    issues.push(...parsed.issues);
    const english = new Map<string, unknown>((located[name] as Located<{ id: string }>[]).map((record) => [record.value.id, record.value]));
    for (const record of parsed.records) {
      const original = english.get(record.value.id);
      if (original === undefined) issues.push(record.issue(["id"], `no ${name} record "${record.value.id}" to translate`));
      else if (name === "agreements") issues.push(...sameShape(record as Located<Translations["agreements"][number]>, original as LocatedDataset["agreements"][number]["value"]));
    }
    (out as Record<string, unknown>)[name] = parsed.records.map((record) => record.value);
  }
  return { uk: { agreements: [], facts: [], events: [], tallies: [], quotes: [], ...out } };
}

/** A translated agreement lists as many signatories, commitments and notes as the English one, so each line has its translation. */
function sameShape(record: Located<Translations["agreements"][number]>, english: LocatedDataset["agreements"][number]["value"]): DataIssue[] {
  const counts: [keyof Translations["agreements"][number], number, number][] = [
    ["signatories", record.value.signatories.length, english.signatories.length],
    ["commitments", record.value.commitments.length, english.commitments.length],
    ["conflicts", record.value.conflicts.length, english.conflicts.length],
  ];
  return counts.filter(([, own, theirs]) => own !== theirs).map(([field, own, theirs]) => record.issue([field], `has ${own} entries; the English record has ${theirs}`));
}
