/**
 * Small pure helpers for Discord markdown text: escaping plain text so it
 * shows as written, cutting text to a length without breaking an escape or a
 * surrogate pair, and masked links.
 */

/**
 * Plain text → Discord markdown that renders as the same text: no bold,
 * italics, strike-through, spoilers, code, headings, lists, quotes or masked
 * links. One linear pass (discord.js's `escapeMarkdown` takes ~80 ms on 10 000
 * characters, too slow for long source listings).
 */
export function escapeText(text: string): string {
  return escapeLinkOpeners(text.replace(/[\\*_~`|]/g, "\\$&"))
    .replace(/^([ \t]*)(#{1,3} |-# |>|[-+] )/gm, "$1\\$2")
    // A backslash before a digit would show, so a numbered list has its dot escaped instead.
    .replace(/^([ \t]*\d+)\. /gm, "$1\\. ");
}

/**
 * Escapes each "[" that would open a masked link: one whose next "]" on the
 * same line is followed by "(". One pass from the end, carrying whether the
 * nearest "]" ahead opens a URL; a lookahead regex would rescan the rest of
 * the line for every "[" (seconds for a long run of them).
 */
function escapeLinkOpeners(text: string): string {
  const opensLink: number[] = [];
  let closerAheadOpensUrl = false;
  for (let index = text.length - 1; index >= 0; index--) {
    const char = text[index];
    if (char === "\n") closerAheadOpensUrl = false;
    else if (char === "]") closerAheadOpensUrl = text[index + 1] === "(";
    else if (char === "[" && closerAheadOpensUrl) opensLink.push(index);
  }
  if (opensLink.length === 0) return text;
  let escaped = "";
  let from = 0;
  for (const index of opensLink.reverse()) {
    escaped += `${text.slice(from, index)}\\`;
    from = index;
  }
  return escaped + text.slice(from);
}

/**
 * Cuts `text` so that it plus `suffix` is at most `max` UTF-16 units (the unit
 * Discord's limits are checked in), preferring a word boundary, never leaving
 * a dangling backslash or half a surrogate pair. Text that fits is returned as is.
 */
export function truncate(text: string, max: number, suffix = "…"): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - suffix.length);
  let cut = text.slice(0, room);
  const space = cut.search(/\s\S*$/);
  if (space > 0 && room - space < 40) cut = cut.slice(0, space);
  cut = cut.trimEnd();
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  // An odd run of trailing backslashes would escape the suffix.
  const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (backslashes % 2 === 1) cut = cut.slice(0, -1);
  return (cut + suffix).slice(0, max);
}

/**
 * Plain text → markdown that shows as written even inside or beside a masked
 * link: `escapeText`, with every bracket escaped too (a bracket already
 * escaped, behind an odd run of backslashes, is left alone).
 */
export function escapeLinkText(text: string): string {
  return escapeText(text).replace(/(\\*)([[\]])/g, (whole, slashes: string, bracket: string) => (slashes.length % 2 === 0 ? `${slashes}\\${bracket}` : whole));
}

/** A markdown link whose label shows as written and whose URL cannot end the link early. */
export function maskedLink(label: string, url: string): string {
  const safeUrl = url.replace(/[()<>\s]/g, (char) => (char === "(" ? "%28" : char === ")" ? "%29" : encodeURIComponent(char)));
  return `[${escapeLinkText(label)}](${safeUrl})`;
}
