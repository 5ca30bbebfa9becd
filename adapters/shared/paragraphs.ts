/**
 * How an answer's blocks sit on a page, the same in every adapter: blocks
 * follow one another line by line (a card's fields, a partner per line), and
 * a note stands apart as a paragraph of its own, so it reads as said about
 * the answer rather than as part of it.
 */
import type { AnswerBlock } from "../../src/index.ts";

/** The blocks grouped into paragraphs, in order: runs of lines, each note alone. */
export function paragraphs(blocks: readonly AnswerBlock[]): AnswerBlock[][] {
  const grouped: AnswerBlock[][] = [];
  for (const block of blocks) {
    const last = grouped.at(-1);
    if (last === undefined || block.kind === "note" || last[0]?.kind === "note") grouped.push([block]);
    else last.push(block);
  }
  return grouped;
}
