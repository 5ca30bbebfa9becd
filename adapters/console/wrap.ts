/**
 * Word wrapping for the terminal, by wrap-ansi: widths are terminal columns,
 * so Cyrillic text wraps like Latin; a word longer than the line (a URL) is
 * never broken.
 */
import wrapAnsi from "wrap-ansi";

/** Options for {@link wrap}. */
export interface WrapOptions {
  /** Maximum line length in characters, indents included. */
  width: number;
  /** Prefix of every line. Default "". */
  indent?: string;
  /** Prefix of the first line instead of `indent` (a bullet or a number). Defaults to `indent`. */
  firstIndent?: string;
}

const length = (text: string): number => [...text].length;

const lines = (text: string, width: number): string[] => wrapAnsi(text, Math.max(1, width), { hard: false, trim: true }).split("\n");

/** Wraps one paragraph (its inner newlines are treated as spaces). */
export function wrap(text: string, { width, indent = "", firstIndent = indent }: WrapOptions): string[] {
  const words = text.split(/\s+/).filter((word) => word !== "").join(" ");
  // The first line has its own prefix, so it is wrapped on its own width.
  const [first = "", ...rest] = lines(words, width - length(firstIndent));
  const more = rest.length === 0 ? [] : lines(rest.join(" "), width - length(indent));
  return [firstIndent + first, ...more.map((line) => indent + line)].map((line) => line.trimEnd());
}

const LIST_ITEM = /^(\s*(?:[-•*]|\d+[.)])\s+)/;

/**
 * Wraps text that may hold several lines: each line is wrapped on its own, and a
 * list item ("- x", "• x", "3. x") continues under its first word rather than under the bullet.
 */
export function wrapBlock(text: string, width: number, indent = ""): string[] {
  return text.split("\n").flatMap((line) => {
    if (line.trim() === "") return [""];
    const bullet = LIST_ITEM.exec(line)?.[1];
    if (bullet === undefined) return wrap(line, { width, indent });
    return wrap(line.slice(bullet.length), { width, indent: indent + " ".repeat(length(bullet)), firstIndent: indent + bullet });
  });
}
