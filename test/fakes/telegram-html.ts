/**
 * A strict parser for Telegram's HTML parse mode, as the fake Bot API server
 * applies it: only the tags and entities Telegram documents, tags balanced,
 * every `<`, `>` and `&` outside markup escaped. It returns what a user
 * sees (the text) and the entities, or throws with Telegram's wording.
 */

export interface ParsedEntity {
  type: "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | "text_link" | "code" | "pre" | "blockquote" | "expandable_blockquote" | "custom_emoji";
  /** In UTF-16 code units, as Telegram counts. */
  offset: number;
  length: number;
  url?: string;
}

export interface ParsedHtml {
  text: string;
  entities: ParsedEntity[];
}

export class HtmlParseError extends Error {
  override readonly name = "HtmlParseError";
}

const TAGS: Record<string, ParsedEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  span: "spoiler",
  a: "text_link",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
  "tg-emoji": "custom_emoji",
};

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Parses Telegram HTML; throws `HtmlParseError` ("Can't parse entities: …") on anything Telegram would reject. */
export function parseTelegramHtml(html: string): ParsedHtml {
  let text = "";
  const entities: ParsedEntity[] = [];
  const open: Array<{ name: string; entity: ParsedEntity }> = [];
  let index = 0;
  const fail = (reason: string) => new HtmlParseError(`Can't parse entities: ${reason} at byte offset ${Buffer.byteLength(html.slice(0, index))}`);

  while (index < html.length) {
    const char = html[index] as string;
    if (char === "&") {
      const match = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(index));
      if (!match?.[1]) throw fail("unescaped \"&\"");
      const name = match[1];
      if (!name.startsWith("#") && NAMED_ENTITIES[name] === undefined) throw fail(`unsupported entity "&${name};"`);
      text += decodeEntity(name);
      index += match[0].length;
      continue;
    }
    if (char === ">") throw fail('unescaped ">"');
    if (char !== "<") {
      text += char;
      index += 1;
      continue;
    }
    const end = html.indexOf(">", index);
    if (end === -1) throw fail("unclosed start tag");
    const raw = html.slice(index + 1, end);
    index = end + 1;
    if (raw.startsWith("/")) {
      const name = raw.slice(1).trim().toLowerCase();
      const top = open.pop();
      if (!top || top.name !== name) throw fail(`unmatched end tag "${name}"`);
      top.entity.length = text.length - top.entity.offset;
      if (top.entity.length > 0) entities.push(top.entity);
      continue;
    }
    const tag = /^([a-zA-Z-]+)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*$/.exec(raw);
    if (!tag?.[1]) throw fail(`unsupported start tag "${raw}"`);
    const name = tag[1].toLowerCase();
    const type = TAGS[name];
    if (type === undefined) throw fail(`unsupported start tag "${name}"`);
    const attributes = parseAttributes(tag[2] ?? "", fail);
    const entity: ParsedEntity = { type: type, offset: text.length, length: 0 };
    if (name === "a") {
      const href = attributes.get("href");
      if (href === undefined || href === "") throw fail('tag "a" must have a non-empty "href" attribute');
      entity.url = href;
    }
    if (name === "span" && attributes.get("class") !== "tg-spoiler") throw fail('tag "span" must have class "tg-spoiler"');
    if (name === "blockquote" && attributes.has("expandable")) entity.type = "expandable_blockquote";
    open.push({ name, entity });
  }
  if (open.length > 0) throw fail(`unclosed tag "${open.at(-1)?.name}"`);
  return { text, entities: entities.sort((a, b) => a.offset - b.offset || b.length - a.length) };
}

function parseAttributes(source: string, fail: (reason: string) => HtmlParseError): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const raw = match[2] ?? match[3] ?? match[4] ?? "";
    if (/&(?!(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot);)/.test(raw) || /</.test(raw)) throw fail(`unescaped character in attribute "${match[1]}"`);
    attributes.set((match[1] ?? "").toLowerCase(), raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot);/g, (_, name: string) => decodeEntity(name)));
  }
  return attributes;
}

function decodeEntity(name: string): string {
  if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return NAMED_ENTITIES[name] ?? "";
}
