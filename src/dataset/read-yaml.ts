/**
 * Reads one YAML file into plain values, able to name the line of any node.
 * Syntax errors, a missing or empty file all come back as issues.
 *
 * Values are read with js-yaml's core schema, which reads the corpus about five
 * times faster than the `yaml` package's document model from a cold start (a
 * second or more of every start-up and of every test process). Lines are only
 * needed for an issue, so the document model is built then, from the same
 * text; test/dataset/read-yaml.test.ts checks that both read every corpus
 * file alike.
 */
import { readFileSync } from "node:fs";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
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
  let value: unknown;
  try {
    value = load(source, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    // Malformed: the document model says what is wrong, and where, as it always has.
    return { ok: false, issues: syntaxIssues(source, file, error) };
  }
  if (value === null || value === undefined) return { ok: false, issues: [{ file, path: "", message: "the file is empty" }] };
  let located: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const lineOfPath = (path: readonly PropertyKey[]) => {
    if (located === undefined) {
      const lineCounter = new LineCounter();
      located = { doc: parseDocument(source, { lineCounter }), lineCounter };
    }
    return lineOf(located.doc, located.lineCounter, path);
  };
  return { ok: true, yaml: { file, value, lineOf: lineOfPath } };
}

function syntaxIssues(source: string, file: string, thrown: unknown): DataIssue[] {
  const { errors } = parseDocument(source);
  if (errors.length > 0) return errors.map((error) => ({ file, path: "", line: error.linePos?.[0].line, message: `invalid YAML: ${firstLine(error.message)}` }));
  // Only js-yaml objected (a construct the core schema does not read).
  if (thrown instanceof YAMLException) return [{ file, path: "", line: thrown.mark.line + 1, message: `invalid YAML: ${thrown.reason}` }];
  throw thrown;
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
