/**
 * Reads one YAML file into plain values. The parsed document (and with it the
 * line of every node) is kept only when it is at hand; after a cache hit it is
 * parsed again on the first `lineOf` call, which only a malformed record
 * makes. Syntax errors, a missing or empty file all come back as issues.
 */
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { DataIssue } from "./data-issue.ts";
import type { ParseCache } from "./parse-cache.ts";

export interface YamlFile {
  /** Display name used in issues, e.g. `data/facts.yaml`. */
  file: string;
  /** The document as plain JavaScript values. */
  value: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ReadYamlResult = { ok: true; yaml: YamlFile } | { ok: false; issues: DataIssue[] };

interface Parsed {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** @param cache Parsed values kept between starts; without one the file is always parsed. */
export function readYaml(absolutePath: string, file: string, cache?: ParseCache): ReadYamlResult {
  let source: string;
  try {
    source = readFileSync(absolutePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "the file is missing" : `the file cannot be read (${code ?? String(error)})`;
    return { ok: false, issues: [{ file, path: "", message }] };
  }
  let parsed: Parsed | undefined;
  const parse = (): Parsed => {
    parsed ??= parseYaml(source);
    return parsed;
  };
  const lineOfPath = (path: readonly PropertyKey[]) => lineOf(parse(), path);
  const cached = cache?.get(source);
  if (cached !== undefined) return { ok: true, yaml: { file, value: cached.value, lineOf: lineOfPath } };

  const { doc } = parse();
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        file,
        path: "",
        line: error.linePos?.[0].line,
        message: `invalid YAML: ${firstLine(error.message)}`,
      })),
    };
  }
  if (doc.contents === null) return { ok: false, issues: [{ file, path: "", message: "the file is empty" }] };
  const value: unknown = doc.toJS();
  cache?.set(source, value);
  return { ok: true, yaml: { file, value, lineOf: lineOfPath } };
}

function parseYaml(source: string): Parsed {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(source, { lineCounter }), lineCounter };
}

function lineOf({ doc, lineCounter }: Parsed, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The first line of a YAML error, without the position (the issue carries the line). */
function firstLine(text: string): string {
  return (text.split("\n", 1)[0] ?? text).replace(/ at line \d+, column \d+:?$/, "");
}
