/**
 * Validates a YAML list of records against a zod schema, record by record,
 * collecting every issue with the record's id (or position), the field path
 * and the line.
 */
import type { z } from "zod";
import type { DataIssue } from "./data-issue.ts";
import { toPath } from "./format-issues.ts";
import type { YamlFile } from "./read-yaml.ts";

/** A valid record with where it came from, for issues raised by cross-record rules. */
export interface Located<T> {
  value: T;
  /** Display label: the id, or `[index]`. */
  record: string;
  /** The issue for `path` inside this record. */
  issue(path: readonly PropertyKey[], message: string): DataIssue;
}

export interface ParsedRecords<T> {
  records: Located<T>[];
  issues: DataIssue[];
  /** Every id the file declares, valid records or not, so references to a broken record are not reported twice. */
  ids: Set<string>;
}

/**
 * Options for a schema that validates data once, at start-up: zod's eval-built fast path
 * for objects (generated and compiled at a schema's first parse) costs more than it saves
 * when each schema parses a few hundred records once. Same result, same issues.
 */
export const PARSE_ONCE = { jitless: true } as const;

export function parseRecords<T>(yaml: YamlFile, schema: z.ZodType<T>): ParsedRecords<T> {
  if (!Array.isArray(yaml.value)) {
    return {
      records: [],
      issues: [{ file: yaml.file, path: "", line: yaml.lineOf([]), message: "the top level must be a YAML list of records (lines starting with \"- \")" }],
      ids: new Set(),
    };
  }
  const records: Located<T>[] = [];
  const issues: DataIssue[] = [];
  const ids = new Set<string>();
  yaml.value.forEach((raw: unknown, index) => {
    const record = recordLabel(raw, index);
    if (!record.startsWith("[")) ids.add(record);
    const issue = (path: readonly PropertyKey[], message: string): DataIssue => ({
      file: yaml.file,
      record,
      path: toPath(path),
      line: yaml.lineOf([index, ...path]),
      message,
    });
    const result = schema.safeParse(raw, PARSE_ONCE);
    if (result.success) {
      records.push({ value: result.data, record, issue });
      return;
    }
    for (const zodIssue of result.error.issues) {
      const missing = zodIssue.code === "invalid_type" && valueAt(raw, zodIssue.path) === undefined;
      issues.push(issue(zodIssue.path, missing ? "is required but missing" : zodIssue.message));
    }
  });
  return { records, issues, ids };
}

function recordLabel(raw: unknown, index: number): string {
  if (typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "string" && raw.id.trim() !== "") return raw.id;
  return `[${index}]`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
