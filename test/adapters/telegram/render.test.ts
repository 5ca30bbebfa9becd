/**
 * render.ts / html.ts: what Telegram would show for an Answer. Every message
 * is run through the same strict parser the fake Bot API server uses, so
 * "parses" means Telegram would accept it and "text" is what the user reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packMessages, type Block, type Segment } from "../../../adapters/telegram/html.ts";
import { renderAnswer, renderCitations, renderInlineAnswer } from "../../../adapters/telegram/render.ts";
import type { Answer, Citation } from "../../../src/answer.ts";
import { answerOf } from "../answer-fixture.ts";
import { parseTelegramHtml } from "../../fakes/telegram-html.ts";

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    id: `source-${n}`,
    title: `Agreement text ${n}`,
    publisher: `Publisher ${n}`,
    published: "2024-06-13",
    url: `https://example.org/source-${n}`,
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return answerOf({
    question: "When did Japan sign?",
    status: "answered",
    text: "Japan signed on 13 June 2024 [1].",
    citations: [citation(1)],
    quotes: [],
    confidence: 0.9,
    suggestions: [],
    asOf: "2025-01-31",
    lang: "en",
    intent: "when",
    ...overrides,
  });
}

const parse = (html: string) => parseTelegramHtml(html);

describe("renderAnswer", () => {
  it("escapes every dynamic string, so the user reads exactly what the engine wrote", () => {
    const tricky = answer({
      question: `<b>& "x"`,
      text: `Fish & chips <script>alert("x")</script> a<b [1] 5 > 3 & done`,
      citations: [citation(1, { title: `<i>Title</i> & "Co"`, publisher: "A&B <Ltd>", url: `https://example.org/?a=1&b="2"<x>` })],
      quotes: [{ text: `He said "<no>" & left`, speaker: "Speaker <One>", date: "2024-06-13", citation: 1 }],
    });
    const [message, ...rest] = renderAnswer(tricky, { citations: "full", showQuestion: true });
    expect(rest).toEqual([]);
    const { text, entities } = parse(message as string);
    expect(text).toContain(`<b>& "x"`);
    expect(text).toContain(`Fish & chips <script>alert("x")</script> a<b [1] 5 > 3 & done`);
    expect(text).toContain(`He said "<no>" & left`);
    expect(text).toContain("— Speaker <One>, 13 June 2024 [1]");
    expect(text).toContain(`<i>Title</i> & "Co"`);
    expect(text).toContain("A&B <Ltd>");
    expect(entities.filter((entity) => entity.type === "text_link").map((entity) => entity.url)).toContain(`https://example.org/?a=1&b="2"<x>`);
  });

  it("puts each quote, verbatim, in a blockquote followed by its attribution", () => {
    const quoted = answer({
      quotes: [
        { text: "Japan will provide support for ten years.", speaker: "Fumio Kishida", date: "2024-06-13", citation: 1 },
        { text: "A second quote.", speaker: "Someone", date: "2024-07-01", citation: 1 },
      ],
    });
    const { text, entities } = parse(renderAnswer(quoted)[0] as string);
    const quotes = entities.filter((entity) => entity.type === "blockquote").map((entity) => text.slice(entity.offset, entity.offset + entity.length));
    expect(quotes).toEqual(["Japan will provide support for ten years.", "A second quote."]);
    expect(text).toContain("Japan will provide support for ten years.\n— Fumio Kishida, 13 June 2024 [1]");
  });

  it("links each [n] marker and each listed source to its citation's URL", () => {
    const two = answer({ text: "Signed [1], confirmed [2]; [7] is not a citation.", citations: [citation(1), citation(2)] });
    const { text, entities } = parse(renderAnswer(two)[0] as string);
    const links = entities.filter((entity) => entity.type === "text_link").map((entity) => [text.slice(entity.offset, entity.offset + entity.length), entity.url]);
    expect(links).toEqual([
      ["[1]", "https://example.org/source-1"],
      ["[2]", "https://example.org/source-2"],
      ["Agreement text 1", "https://example.org/source-1"],
      ["Agreement text 2", "https://example.org/source-2"],
    ]);
    expect(text).toContain("[7] is not a citation.");
    expect(parse(renderAnswer(two, { linkMarkers: false })[0] as string).entities.filter((entity) => entity.type === "text_link")).toHaveLength(2);
    expect(text).toContain("Sources:\n[1] Agreement text 1 — Publisher 1, 13 June 2024\n[2] Agreement text 2 — Publisher 2, 13 June 2024");
  });

  it("writes full citations out with title, publisher, date and the URL as text", () => {
    const { text } = parse(renderAnswer(answer(), { citations: "full" })[0] as string);
    expect(text).toContain("[1] Agreement text 1\nPublisher 1 · 13 June 2024\nhttps://example.org/source-1");
  });

  it("shows the question above the answer only when asked to (button presses)", () => {
    expect(parse(renderAnswer(answer(), { showQuestion: true })[0] as string).text.startsWith("❓ When did Japan sign?\n\nJapan signed")).toBe(true);
    expect(parse(renderAnswer(answer())[0] as string).text.startsWith("Japan signed")).toBe(true);
  });

  it("introduces suggestion buttons under a no_answer only when asked to", () => {
    const none = answer({ status: "no_answer", text: "I don't know.", citations: [], confidence: 0, suggestions: ["When did Japan sign?"] });
    expect(parse(renderAnswer(none, { introduceSuggestions: true })[0] as string).text).toBe("I don't know.\n\nQuestions I can answer:");
    expect(parse(renderAnswer(none)[0] as string).text).toBe("I don't know.");
    expect(parse(renderAnswer(answer(), { introduceSuggestions: true })[0] as string).text).not.toContain("Questions I can answer");
  });

  it("splits a long answer between its blocks into messages Telegram accepts", () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: ${"word & <more> ".repeat(12).trim()} [1]`);
    const long = answer({ text: paragraphs.join("\n") });
    const messages = renderAnswer(long);
    expect(messages.length).toBeGreaterThan(1);
    const texts = messages.map((message) => parse(message).text);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text).toMatch(/^Paragraph \d+: /);
    }
    const seen = texts.join("\n").split("\n").filter((part) => part.startsWith("Paragraph"));
    expect(seen).toEqual(paragraphs);
  });

  it("cuts a single paragraph longer than a message at spaces, keeping links balanced and words whole", () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}`);
    const segments: Segment[] = words.map((word, i) => (i % 10 === 0 ? { text: `${word} `, style: "link", href: `https://e.org/${i}` } : { text: `${word} ` }));
    const messages = packMessages([{ segments }], { maxLength: 1000 });
    expect(messages.length).toBeGreaterThan(5);
    const texts = messages.map((message) => parse(message).text);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(1000);
    expect(texts.join(" ").split(/\s+/).filter(Boolean)).toEqual(words);
  });

  it("never puts more than the entity budget in one message", () => {
    const segments: Segment[] = Array.from({ length: 250 }, (_, i) => ({ text: `[${i}] `, style: "link", href: `https://e.org/${i}` }));
    const messages = packMessages([{ segments }]);
    expect(messages.length).toBe(3);
    for (const message of messages) expect(parse(message).entities.length).toBeLessThanOrEqual(100);
  });

  it("keeps any mix of styled text, markup characters and emoji parseable, within the limit, and complete", () => {
    const segment = fc.record({
      text: fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "<", ">", "&", '"', "😀", "я"), maxLength: 40 }),
      style: fc.constantFrom(undefined, "bold", "italic", "link"),
    });
    const block = fc.record({ segments: fc.array(segment, { maxLength: 8 }), quote: fc.boolean(), tight: fc.boolean() });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), fc.integer({ min: 8, max: 120 }), (blocks, maxLength) => {
        const built: Block[] = blocks.map((b) => ({
          quote: b.quote,
          tight: b.tight,
          segments: b.segments.map((s): Segment => (s.style === "link" ? { text: s.text, style: "link", href: 'https://e.org/?q="<&>"' } : s.style ? { text: s.text, style: s.style } : { text: s.text })),
        }));
        const texts = packMessages(built, { maxLength }).map((message) => parse(message).text);
        for (const text of texts) {
          expect(text.length).toBeLessThanOrEqual(maxLength);
          expect(text.trim()).not.toBe("");
          // A cut between the halves of an emoji would leave invalid UTF-16, which Telegram rejects.
          expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        const original = built.flatMap((b) => b.segments.map((s) => s.text)).join("");
        expect(texts.join("").replace(/\s/g, "")).toBe(original.replace(/\s/g, ""));
      }),
      { numRuns: 150 },
    );
  });
});

describe("renderCitations", () => {
  it("lists every citation in full under a heading, split when long", () => {
    const many = Array.from({ length: 80 }, (_, i) => citation(i + 1, { title: `A rather long source title number ${i + 1} about security commitments` }));
    const messages = renderCitations(many, "en");
    expect(messages.length).toBeGreaterThan(1);
    const texts = messages.map((message) => parse(message).text);
    expect(texts[0]?.startsWith("Sources for this answer")).toBe(true);
    for (const [i] of many.entries()) expect(texts.join("\n")).toContain(`[${i + 1}] A rather long source title number ${i + 1} about`);
  });

  it("uses Ukrainian headings for a Ukrainian answer", () => {
    expect(parse(renderCitations([citation(1)], "uk")[0] as string).text.startsWith("Джерела цієї відповіді")).toBe(true);
  });
});

describe("renderInlineAnswer", () => {
  it("fits any answer in one message, saying when it had to shorten it", () => {
    const huge = answer({ text: Array.from({ length: 200 }, (_, i) => `Paragraph ${i} ${"x".repeat(60)}`).join("\n\n") });
    const { text } = parse(renderInlineAnswer(huge));
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text).toContain("The full answer is longer");
  });

  it("keeps full citations when they fit", () => {
    const { text } = parse(renderInlineAnswer(answer()));
    expect(text).toContain("https://example.org/source-1");
  });
});
