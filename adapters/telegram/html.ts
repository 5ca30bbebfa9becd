/**
 * Telegram HTML built from plain-text pieces, so that escaping and tag balance
 * hold by construction: callers never write markup, they describe blocks of
 * styled segments, and `packMessages` turns them into messages that each stay
 * within Telegram's length limit (counted on the visible text, as Telegram
 * counts it after parsing entities) without ever cutting through a tag.
 */

/** A run of text with one style. `link` needs `href`. */
export interface Segment {
  text: string;
  style?: "bold" | "italic" | "link";
  /** Target of a `link` segment; ignored for other styles. */
  href?: string;
}

/** A paragraph-like unit: never split across messages unless it alone exceeds the limit. */
export interface Block {
  segments: Segment[];
  /** Render the whole block inside `<blockquote>`. */
  quote?: boolean;
  /** Join to the previous block with a line break instead of a blank line (e.g. a quote's attribution). */
  tight?: boolean;
}

export interface PackOptions {
  /** Maximum visible characters (UTF-16 code units) per message. Default 4096, Telegram's limit for `sendMessage`. */
  maxLength?: number;
  /** Maximum styled segments (entities) per message. Default 100; a precaution, as Telegram does not document its cap. */
  maxEntities?: number;
}

export const TELEGRAM_MAX_MESSAGE_LENGTH = 4096;

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const toEntity = (character: string): string => ENTITIES[character] ?? character;

/** Escapes text for Telegram HTML: `&`, `<` and `>`. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares a copy of it.
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, toEntity) : text;
}

/** Escapes an attribute value: the three text characters plus `"`. */
export function escapeAttribute(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, toEntity) : text;
}

/** Shorthand for an unstyled segment. */
export function plain(text: string): Segment {
  return { text };
}

export function bold(text: string): Segment {
  return { text, style: "bold" };
}

export function italic(text: string): Segment {
  return { text, style: "italic" };
}

export function link(text: string, href: string): Segment {
  return { text, style: "link", href };
}

/** Visible length of a block, in UTF-16 code units as Telegram counts them. */
export function blockLength(block: Block): number {
  return block.segments.reduce((sum, segment) => sum + segment.text.length, 0);
}

function entityCount(block: Block): number {
  let count = block.quote ? 1 : 0;
  for (const segment of block.segments) if (segment.style !== undefined) count += 1;
  return count;
}

function renderSegment(segment: Segment): string {
  const text = escapeHtml(segment.text);
  switch (segment.style) {
    case "bold":
      return `<b>${text}</b>`;
    case "italic":
      return `<i>${text}</i>`;
    case "link":
      return segment.href ? `<a href="${escapeAttribute(segment.href)}">${text}</a>` : text;
    default:
      return text;
  }
}

/** One block as HTML. */
export function renderBlock(block: Block): string {
  let inner = "";
  for (const segment of block.segments) inner += renderSegment(segment);
  return block.quote ? `<blockquote>${inner}</blockquote>` : inner;
}

/**
 * Packs blocks into as few messages as fit, in order. Blocks stay whole where
 * they fit; a block longer than a message is cut at line breaks, then spaces,
 * then anywhere, and each piece keeps its styles (tags close and reopen).
 * Blocks with no visible text are dropped; no blocks → no messages.
 */
export function packMessages(blocks: Block[], options: PackOptions = {}): string[] {
  const maxLength = options.maxLength ?? TELEGRAM_MAX_MESSAGE_LENGTH;
  const maxEntities = options.maxEntities ?? 100;
  const pieces = blocks.filter(hasVisibleText).flatMap((block) => splitBlock(block, maxLength, maxEntities));

  const messages: string[] = [];
  let current: Block[] = [];
  let length = 0;
  let entities = 0;
  for (const piece of pieces) {
    const separator = current.length === 0 ? 0 : piece.tight ? 1 : 2;
    const pieceLength = blockLength(piece);
    const pieceEntities = entityCount(piece);
    if (current.length > 0 && (length + separator + pieceLength > maxLength || entities + pieceEntities > maxEntities)) {
      messages.push(renderMessage(current));
      current = [];
      length = 0;
      entities = 0;
    }
    length += (current.length === 0 ? 0 : separator) + pieceLength;
    entities += pieceEntities;
    current.push(piece);
  }
  if (current.length > 0) messages.push(renderMessage(current));
  return messages;
}

function renderMessage(blocks: Block[]): string {
  let html = "";
  for (const [index, block] of blocks.entries()) html += (index === 0 ? "" : block.tight ? "\n" : "\n\n") + renderBlock(block);
  return html;
}

/** Cuts one block into pieces that each fit a message; a block that fits comes back as is. */
function splitBlock(block: Block, maxLength: number, maxEntities = Infinity): Block[] {
  if (blockLength(block) <= maxLength && entityCount(block) <= maxEntities) return [block];
  const text = block.segments.map((segment) => segment.text).join("");
  const ranges = entityCount(block) <= maxEntities ? cutRanges(text, maxLength) : cutRangesByEntities(block, maxLength, maxEntities);
  return ranges
    .map(([start, end], index) => ({ ...block, tight: index === 0 ? block.tight : true, segments: sliceSegments(block.segments, start, end) }))
    .filter(hasVisibleText);
}

/** Telegram trims whitespace and rejects an empty message, so whitespace-only blocks are dropped. */
function hasVisibleText(block: Block): boolean {
  // `\S` is exactly what `trim()` keeps, without copying the text.
  return block.segments.some((segment) => /\S/.test(segment.text));
}

/** [start, end) ranges of `text`, each at most `maxLength` long; the line break or space cut at is dropped. */
function cutRanges(text: string, maxLength: number, from = 0, to = text.length): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let position = from;
  while (to - position > maxLength) {
    const window = text.slice(position, position + maxLength + 1);
    const half = Math.floor(maxLength / 2);
    let cut = window.lastIndexOf("\n");
    if (cut < half) cut = Math.max(window.lastIndexOf(" "), cut);
    if (cut > 0) {
      ranges.push([position, position + cut]);
      position += cut + 1;
      continue;
    }
    cut = maxLength;
    // Never separate the two halves of a surrogate pair (an emoji, say).
    if (isHighSurrogate(text.charCodeAt(position + cut - 1))) cut -= 1;
    ranges.push([position, position + cut]);
    position += cut;
  }
  ranges.push([position, to]);
  return ranges;
}

/** Like `cutRanges`, but also starts a new piece before the segment that would exceed `maxEntities`. */
function cutRangesByEntities(block: Block, maxLength: number, maxEntities: number): Array<[number, number]> {
  const budget = maxEntities - (block.quote ? 1 : 0);
  const ranges: Array<[number, number]> = [];
  const text = block.segments.map((segment) => segment.text).join("");
  let start = 0;
  let offset = 0;
  let entities = 0;
  for (const segment of block.segments) {
    if (segment.style !== undefined) {
      if (entities === budget) {
        ranges.push(...cutRanges(text, maxLength, start, offset));
        start = offset;
        entities = 0;
      }
      entities += 1;
    }
    offset += segment.text.length;
  }
  ranges.push(...cutRanges(text, maxLength, start, offset));
  return ranges;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The parts of `segments` that fall within [start, end) of their joined text. */
function sliceSegments(segments: Segment[], start: number, end: number): Segment[] {
  const sliced: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const segmentStart = offset;
    const segmentEnd = offset + segment.text.length;
    offset = segmentEnd;
    const from = Math.max(start, segmentStart);
    const to = Math.min(end, segmentEnd);
    if (from < to) sliced.push({ ...segment, text: segment.text.slice(from - segmentStart, to - segmentStart) });
  }
  return sliced;
}
