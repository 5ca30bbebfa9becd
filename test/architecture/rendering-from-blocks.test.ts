/**
 * Adapters render an answer from its blocks and their segments, never by
 * reading its text: no adapter source holds a pattern for a citation marker
 * (`[n]`), splits text into paragraphs at blank lines, or reads an answer's
 * `text` at all.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

const FORBIDDEN: ReadonlyArray<readonly [string, RegExp]> = [
  // `/\[(\d+)\]/`, `/\s*\[\d+\]/g`, `/\[[0-9]+\]/`: a citation marker read out of text.
  ["a citation-marker pattern", /\\\[\(?(\\d|\[0-9\])/],
  // `split("\n\n")`, `split(/\n\s*\n/)`, `split(/\n{2,}/)`: paragraphs read out of text.
  ["a split at blank lines", /split\(\s*(["'`]\\n\\n|\/\\n(\\s\*\\n|\{2))/],
  // `answer.text`, `about.text`, `stored.text`: an Answer's text, rendered or parsed.
  ["an answer's text", /\b(answer|about|stored|card|short|expected)\.text\b/],
];

it("no adapter parses an answer's text for markers or paragraphs", () => {
  const found: string[] = [];
  for (const path of sources(join(root, "adapters"))) {
    const lines = readFileSync(path, "utf8").split("\n");
    lines.forEach((line, index) => {
      for (const [what, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`${relative(root, path)}:${index + 1}: ${what}: ${line.trim()}`);
    });
  }
  expect(found).toEqual([]);
});

it("the patterns catch what they are for", () => {
  const [[, marker], [, split], [, text]] = FORBIDDEN as [readonly [string, RegExp], readonly [string, RegExp], readonly [string, RegExp]];
  for (const line of [String.raw`text.matchAll(/\[(\d+)\]/g)`, String.raw`text.replace(/\s*\[\d+\]/g, "")`, String.raw`/\[[0-9]+\]/`]) expect(marker.test(line), line).toBe(true);
  for (const line of [String.raw`text.split("\n\n")`, String.raw`text.split(/\n\s*\n/)`, String.raw`text.split(/\n{2,}/)`]) expect(split.test(line), line).toBe(true);
  expect(text.test("escapeText(answer.text)")).toBe(true);
  for (const line of [String.raw`label.replace(/(?<!\\)[[\]]/g, "\\$&")`, String.raw`image.text.split("\n")`, "block.text"]) {
    expect(marker.test(line) || split.test(line) || text.test(line), line).toBe(false);
  }
});
