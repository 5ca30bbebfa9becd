/**
 * Renders data issues as lines a curator can act on:
 * `data/facts.yaml:123 record "era-shares" → sources[0]: unknown source "foo"`.
 */
import type { DataIssue } from "./data-issue.ts";

export function formatIssue(issue: DataIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  const record = issue.record === undefined ? "" : ` record ${issue.record.startsWith("[") ? issue.record : `"${issue.record}"`}`;
  const path = issue.path === "" ? "" : ` → ${issue.path}`;
  return `${where}${record}${path}: ${issue.message}`;
}

/** One issue per line, in file then line order, headed by how many there are. */
export function formatIssues(issues: readonly DataIssue[]): string {
  const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const heading = `The corpus has ${issues.length} ${issues.length === 1 ? "problem" : "problems"}:`;
  return [heading, ...sorted.map((issue) => `  ${formatIssue(issue)}`)].join("\n");
}

/** `["sources", 0, "url"]` → `sources[0].url`. */
export function toPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    const name = String(key);
    return text === "" ? name : `${text}.${name}`;
  }, "");
}
