/** Checks every answer must pass, whatever the question: the contract a reader and the adapters rely on. */
import { expect } from "vitest";
import { AnswerSchema, type Answer } from "../../src/index.ts";

/**
 * The answer matches the schema; every `[n]` in the text is a citation;
 * citations are numbered 1…k in order of first use (text, then quotes) and
 * none goes unused; every quote points at a citation; each block's segments
 * spell its text, and its `cites` are the markers among them.
 */
export function expectWellFormed(answer: Answer): void {
  AnswerSchema.parse(answer);
  const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  const used = [...new Set([...markers, ...answer.quotes.map((quote) => quote.citation)])];
  expect(answer.citations.map((citation) => citation.n)).toEqual(used);
  expect(used).toEqual(answer.citations.map((_, index) => index + 1));
  for (const citation of answer.citations) expect(citation.url).toMatch(/^https?:\/\//);
  expect(answer.suggestions.length).toBeLessThanOrEqual(3);
  expect(answer.text).not.toMatch(/\{[a-zA-Z]+\}/);
  for (const block of answer.blocks) {
    expect(block.segments.map((segment) => ("cite" in segment ? `[${segment.cite}]` : segment.text)).join("")).toBe(block.text);
    expect(block.cites).toEqual([...new Set(block.segments.flatMap((segment) => ("cite" in segment ? [segment.cite] : [])))].sort((a, b) => a - b));
  }
  // The marks markers are written with while an answer is drafted never reach it.
  expect(JSON.stringify(answer)).not.toMatch(/[\uFDD0\uFDD1]/);
  if (answer.status === "rejected") expect(answer.confidence).toBe(0);
}

/** What a person reads: the text and the quotes. */
export function readable(answer: Answer): string {
  return [answer.text, ...answer.quotes.map((quote) => quote.text)].join("\n");
}
