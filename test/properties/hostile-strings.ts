/**
 * Arbitrary strings as a hostile user types them: any Unicode, control
 * characters, right-to-left text, emoji, zero-width characters, HTML and
 * Markdown, @everyone and role/user mentions, lone surrogates, words the bot
 * knows, and 10,000-character repetitions of all that.
 */
import fc from "fast-check";

const PIECES = [
  // HTML, and entities Telegram would decode.
  "<b>", "</b>", "<i>", '<a href="javascript:alert(1)">', "</a>", "<blockquote>", "&amp;", "&lt;", "&", "<", ">", '"', "'",
  // Discord and Telegram Markdown.
  "**", "__", "*", "_", "~~", "`", "```", "||", "\\", "[x](https://evil.example)", "[1]", "# ", "> ", ">>> ", "- ", "1. ", "-# ",
  // Mentions.
  "@everyone", "@here", "<@&123456789012345678>", "<@123456789012345678>", "<@!123>", "<#123>", "@PactDeskTestBot", "/ask ", "/agreement ",
  // Zero-width and invisible.
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
  // Right to left.
  "\u202e", "\u200f", "\u2067", "\u2069", "שלום", "مرحبا",
  // Emoji, flags, combining marks.
  "😀", "👨‍👩‍👧", "🇺🇦", "🏳️‍🌈", "e\u0301", "a\u0300\u0301\u0302",
  // Control characters and line breaks.
  "\u0000", "\u0007", "\u001b[31m", "\r\n", "\n\n", "\t", "\u0085", "\u2028",
  // Words the engine knows, so some inputs reach its registry and search.
  "Japan", "UK", "when", "did", "sign", "agreement", "how many", "2024", "June", "Україна", "угода", "Японія", " ", " ",
];

const LONE_SURROGATES = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 || code >= 0x7f).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: LONE_SURROGATES },
);

/** A hostile string: mostly short, sometimes 10,000 characters of a repeated hostile pattern. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.array(hostileUnit, { maxLength: 30 }).map((units) => units.join("")) },
  {
    weight: 1,
    arbitrary: fc
      .array(hostileUnit, { minLength: 1, maxLength: 12 })
      .map((units) => units.join(""))
      .filter((seed) => seed.length > 0)
      .map((seed) => seed.repeat(Math.ceil(10_000 / seed.length)).slice(0, 10_000)),
  },
);

/** Half a surrogate pair, which no platform accepts in a message. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
