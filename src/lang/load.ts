/**
 * Reads the language packs in `data/lang/` (one `<lang>.yaml` each) and
 * validates them, with issues that name the file, field and line.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { DataIssue } from "../dataset/data-issue.ts";
import { toPath } from "../dataset/format-issues.ts";
import { PARSE_ONCE } from "../dataset/parse-records.ts";
import { readYaml } from "../dataset/read-yaml.ts";
import { LanguagePackSchema, type LanguagePack } from "./schema.ts";

export type LoadPacksResult = { ok: true; packs: LanguagePack[] } | { ok: false; issues: DataIssue[] };

/**
 * @param langDir The directory holding `<lang>.yaml` packs.
 * @param displayDir How issues name that directory, e.g. `data/lang`.
 */
export function loadLanguagePacks(langDir: string, displayDir: string): LoadPacksResult {
  let names: string[];
  try {
    names = readdirSync(langDir).filter((name) => name.endsWith(".yaml")).sort();
  } catch {
    return { ok: false, issues: [{ file: displayDir, path: "", message: "the language pack directory is missing" }] };
  }
  if (names.length === 0) return { ok: false, issues: [{ file: displayDir, path: "", message: "no language pack (<lang>.yaml) found" }] };
  const packs: LanguagePack[] = [];
  const issues: DataIssue[] = [];
  for (const name of names) {
    const file = `${displayDir}/${name}`;
    const read = readYaml(join(langDir, name), file);
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    const result = LanguagePackSchema.safeParse(read.yaml.value, PARSE_ONCE);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, path: toPath(issue.path), line: read.yaml.lineOf(issue.path), message: issue.message });
      }
      continue;
    }
    const expected = name.replace(/\.yaml$/, "");
    if (result.data.lang !== expected) {
      issues.push({ file, path: "lang", line: read.yaml.lineOf(["lang"]), message: `is "${result.data.lang}" but the file is named ${name}` });
      continue;
    }
    packs.push(result.data);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, packs };
}
