/**
 * Terminal colour, only when it helps: colour codes are written only to a TTY
 * and never when `NO_COLOR` is set (https://no-color.org), so pipes and files get plain text.
 */
import { styleText } from "node:util";

/** The few roles text plays in the console; each maps to one look. */
export interface Style {
  heading(text: string): string;
  muted(text: string): string;
  accent(text: string): string;
  link(text: string): string;
  quote(text: string): string;
  warning(text: string): string;
}

type Format = Parameters<typeof styleText>[0];

/** Whether to colour text written to `stream`. */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR ?? "") === "";
}

export function createStyle(colour: boolean): Style {
  // validateStream: false because the decision was already taken for the stream the text goes to.
  const paint = (format: Format) => (text: string) => (colour ? styleText(format, text, { validateStream: false }) : text);
  return {
    heading: paint("bold"),
    muted: paint("dim"),
    accent: paint("cyan"),
    link: paint("underline"),
    quote: paint("italic"),
    warning: paint("yellow"),
  };
}
