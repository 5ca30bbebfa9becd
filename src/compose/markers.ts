/**
 * Citation markers while an answer is being written. A marker goes into a
 * sentence as a mark no text can hold (two Unicode noncharacters, which
 * Unicode reserves for a program's internal use, around the number; any the
 * input holds are dropped on the way in), so a finished line splits into
 * words and markers without reading "[1]" out of its text: a bracketed number
 * the asker typed stays words.
 */
import type { AnswerSegment } from "../answer.ts";

const OPEN = "\uFDD0";
const CLOSE = "\uFDD1";
const MARK = /\uFDD0(\d+)\uFDD1/g;
const MARK_CHARACTERS = /[\uFDD0\uFDD1]/g;

/** The mark for citation `n`, to write into a sentence. */
export function mark(n: number): string {
  return `${OPEN}${n}${CLOSE}`;
}

/** Text from outside (a question, a partner's name, a topic) without the characters marks are made of. */
export function unmarked(text: string): string {
  return text.replace(MARK_CHARACTERS, "");
}

/** A written line as words and markers. */
export function segmentsOf(line: string): AnswerSegment[] {
  const segments: AnswerSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(MARK)) {
    if (match.index > last) segments.push({ text: line.slice(last, match.index) });
    segments.push({ cite: Number(match[1]) });
    last = match.index + match[0].length;
  }
  if (last < line.length) segments.push({ text: line.slice(last) });
  return segments;
}

/** The segments as plain text, each marker as `[n]`. */
export function segmentsText(segments: readonly AnswerSegment[]): string {
  return segments.map((segment) => ("cite" in segment ? `[${segment.cite}]` : segment.text)).join("");
}

/** A written line without its markers (and the space before each), e.g. for a summary. */
export function withoutMarks(line: string): string {
  return line.replace(/ ?\uFDD0\d+\uFDD1/g, "");
}
