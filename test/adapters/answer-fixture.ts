/**
 * Answers written by hand for renderer tests: `text` as the engine would
 * write it, one block per line with its `[n]` markers as citation segments,
 * so a test can say "[1]" where the engine gives `{ cite: 1 }`. Reading
 * markers out of text is the test's shorthand, never an adapter's.
 */
import { AnswerSchema, type Answer, type AnswerBlock, type AnswerSegment } from "../../src/index.ts";

/** An `Answer` from its fields; `blocks` from `text` unless given. */
export function answerOf(fields: Record<string, unknown> & { text: string }): Answer {
  return AnswerSchema.parse({ blocks: blocksOf(fields.text), ...fields });
}

/** Each non-empty line of `text` as a block, the first the lead; `notes` are the indexes of lines to give as notes. */
export function blocksOf(text: string, notes: readonly number[] = []): AnswerBlock[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index): AnswerBlock => {
      const segments = line
        .split(/(\[\d+\])/)
        .filter((part) => part !== "")
        .map((part): AnswerSegment => (/^\[\d+\]$/.test(part) ? { cite: Number(part.slice(1, -1)) } : { text: part }));
      const cites = [...new Set(segments.flatMap((segment) => ("cite" in segment ? [segment.cite] : [])))].sort((a, b) => a - b);
      return { kind: notes.includes(index) ? "note" : index === 0 ? "lead" : "text", text: line, cites, segments };
    });
}
