/**
 * Reads one YAML file into plain values, keeping the parsed document so an
 * issue can name the line of any node. Syntax errors, a missing or empty file
 * all come back as issues.
 */
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { DataIssue } from "./data-issue.ts";

export interface YamlFile {
  /** Display name used in issues, e.g. `data/facts.yaml`. */
  file: string;
  /** The document as plain JavaScript values. */
  value: unknown;
  /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ReadYamlResult = { ok: true; yaml: YamlFile } | { ok: false; issues: DataIssue[] };

export function readYaml(absolutePath: string, file: string): ReadYamlResult {
  let source: string;
  try {
    source = readFileSync(absolutePath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "the file is missing" : `the file cannot be read (${code ?? String(error)})`;
    return { ok: false, issues: [{ file, path: "", message }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
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
  return { ok: true, yaml: { file, value: doc.toJS(), lineOf: (path) => lineOf(doc, lineCounter, path) } };
}

function lineOf(doc: Document.Parsed, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
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
