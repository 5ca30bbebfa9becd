/**
 * Discord rendering on its own: every payload within Discord's limits however
 * long the answer, text shown as written (no stray markdown), and buttons that
 * lead back to the answer they sit under.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { embedLength } from "discord.js";
import type { Answer } from "../../../src/answer.ts";
import { answerOf } from "../answer-fixture.ts";
import { parseButtonId } from "../../../adapters/discord/custom-ids.ts";
import { renderAnswer, renderPages } from "../../../adapters/discord/render.ts";
import { escapeText, truncate } from "../../../adapters/discord/text.ts";
import { limitViolations } from "./limits.ts";

function answer(overrides: Partial<Answer> = {}): Answer {
  return answerOf({
    question: "When did Japan sign its security agreement with Ukraine?",
    status: "answered",
    text: "Japan signed its accord on 13 June 2024, at the G7 summit in Apulia [1].",
    citations: [
      { n: 1, id: "mofa-japan", title: "Accord on the Support for Ukraine", publisher: "Ministry of Foreign Affairs of Japan", published: "2024-06-13", url: "https://www.mofa.go.jp/files/100685430.pdf" },
    ],
    quotes: [{ text: "Japan will continue to stand by Ukraine.", speaker: "Fumio Kishida", date: "2024-06-13", citation: 1 }],
    confidence: 0.91,
    suggestions: [],
    asOf: "2025-06-30",
    lang: "en",
    intent: "when",
    ...overrides,
  });
}

const long = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** An answer far beyond every limit: 600-character question, 10 000-character text, 40 long quotes, 60 long citations. */
function hugeAnswer(): Answer {
  const citations = Array.from({ length: 60 }, (_, i) => ({
    n: i + 1,
    id: `source-${i + 1}`,
    title: long(`Very long report title number ${i + 1} `, 300),
    publisher: `Publisher ${i + 1}`,
    published: "2024-06",
    url: `https://example.org/reports/${i + 1}/${"x".repeat(80)}`,
  }));
  return answer({
    question: long("Why *exactly* did they sign? ", 600),
    text: long("The partner committed to long-term support [1]. ", 10_000),
    citations,
    quotes: Array.from({ length: 40 }, (_, i) => ({ text: long(`Quoted sentence ${i} with words. `, 1500), speaker: `Speaker ${i}`, date: "2024-06-13", citation: (i % 60) + 1 })),
  });
}

describe("renderAnswer", () => {
  it("shows the question as title, the text with its markers as links, numbered citation links, quotes and an as-of footer", () => {
    const { embeds, components } = renderAnswer(answer(), { key: "k1" });
    const [embed] = embeds;
    expect(embeds).toHaveLength(1);
    expect(embed?.title).toBe("When did Japan sign its security agreement with Ukraine?");
    expect(embed?.description).toContain("13 June 2024, at the G7 summit in Apulia [\\[1\\]](https://www.mofa.go.jp/files/100685430.pdf).");
    expect(embed?.description).toContain("**[1]** [Accord on the Support for Ukraine](https://www.mofa.go.jp/files/100685430.pdf) — Ministry of Foreign Affairs of Japan, 13 June 2024");
    expect(embed?.fields).toEqual([{ name: "Fumio Kishida, 13 June 2024 [1]", value: "> Japan will continue to stand by Ukraine." }]);
    expect(embed?.footer?.text).toBe("As of 30 June 2025 · confidence 91%");
    expect(components[0]?.components.map((button) => button.label)).toEqual(["Sources"]);
    expect(parseButtonId(components[0]?.components[0]?.custom_id ?? "")).toEqual({ kind: "sources", key: "k1" });
  });

  it("stays within every limit for an answer far too long, dropping quotes first and pointing to the Sources button", () => {
    const huge = hugeAnswer();
    const message = renderAnswer(huge, { key: "k2" });
    expect(limitViolations(message)).toEqual([]);
    const [embed] = message.embeds;
    expect(embed?.fields?.some((field) => field.value.includes("press Sources"))).toBe(true);
    expect(embed?.description).toContain("press Sources for the full answer");
    expect(embed?.description).toContain("**[1]** [Very long report title number 1");
    expect(embed?.description).toMatch(/…and \d+ more: press Sources\./);
    expect(embed?.title?.endsWith("…")).toBe(true);
    expect(message.components[0]?.components[0]?.label).toBe("Sources");
  });

  it("keeps the whole text and every citation when only the quotes are too long", () => {
    const wordy = answer({
      quotes: Array.from({ length: 12 }, (_, i) => ({ text: long(`Sentence ${i}. `, 1000), speaker: `Speaker ${i}`, date: "2024-06-13", citation: 1 })),
    });
    const message = renderAnswer(wordy, { key: "k3" });
    expect(limitViolations(message)).toEqual([]);
    expect(message.embeds[0]?.description).toBe(`${escapeText(wordy.text).replace("[1]", "[\\[1\\]](https://www.mofa.go.jp/files/100685430.pdf)")}\n\n**[1]** [Accord on the Support for Ukraine](https://www.mofa.go.jp/files/100685430.pdf) — Ministry of Foreign Affairs of Japan, 13 June 2024`);
    const fields = message.embeds[0]?.fields ?? [];
    expect(fields.length).toBeLessThan(12);
    expect(fields.at(-1)?.value).toMatch(/^\d+ more quotes: press Sources/);
  });

  it("escapes markdown in the question so it shows as typed, and never turns text into a link", () => {
    const message = renderAnswer(answer({ question: "**Who** signed _first_? [click](https://evil.example) @everyone <@&123>", text: "# Not a heading\n> not a quote" }));
    const [embed] = message.embeds;
    expect(embed?.title).toBe("\\*\\*Who\\*\\* signed \\_first\\_? \\[click](https://evil.example) @everyone <@&123>");
    expect(embed?.description?.startsWith("\\# Not a heading\n\\> not a quote")).toBe(true);
    expect(escapeText("~~gone~~ ||spoiler|| `code` back\\slash\n- item\n12. item\n-# small")).toBe(
      "\\~\\~gone\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` back\\\\slash\n\\- item\n12\\. item\n\\-# small",
    );
    expect(escapeText("signed on 13 June 2024 [1][2]. (See [3].)")).toBe("signed on 13 June 2024 [1][2]. (See [3].)");
  });

  it("escapes exactly the brackets that would open a masked link, however many there are", () => {
    expect(escapeText("[[a](b) [c] (d) [e\n](f)")).toBe("\\[\\[a](b) [c] (d) [e\n](f)");
    // A long run of "[" before one link: every one of them would open it.
    const run = "[".repeat(50_000);
    expect(escapeText(`${run}x](https://evil.example)`)).toBe(`${"\\[".repeat(50_000)}x](https://evil.example)`);
  });

  it("offers the suggestions of a no_answer as buttons that map back to each suggestion", () => {
    const suggestions = ["When did Japan sign?", "How many agreements has Ukraine signed?", long("Which partners signed at the NATO summit in Washington ", 120)];
    const message = renderAnswer(answer({ status: "no_answer", citations: [], quotes: [], text: "I don't know that.", suggestions, confidence: 0.1 }), { key: "abc" });
    expect(limitViolations(message)).toEqual([]);
    const buttons = message.components[0]?.components ?? [];
    expect(buttons.map((button) => button.label)).toEqual([suggestions[0], suggestions[1], truncate(suggestions[2] ?? "", 80)]);
    expect(buttons.map((button) => parseButtonId(button.custom_id))).toEqual([0, 1, 2].map((index) => ({ kind: "ask", key: "abc", index })));
  });

  it("has no buttons without a key, and no confidence in the footer of a rejected question or of /about-like text", () => {
    const message = renderAnswer(answer({ status: "rejected", text: "Please ask a question.", citations: [], quotes: [], confidence: 0, question: "" }));
    expect(message.components).toEqual([]);
    expect(message.embeds[0]?.title).toBeUndefined();
    expect(message.embeds[0]?.footer?.text).toBe("As of 30 June 2025");
    expect(renderAnswer(answer({ intent: "none", confidence: 1 })).embeds[0]?.footer?.text).toBe("As of 30 June 2025");
  });

  it("speaks Ukrainian around a Ukrainian answer", () => {
    const message = renderAnswer(answer({ lang: "uk" }), { key: "k" });
    expect(message.embeds[0]?.footer?.text).toBe("Станом на 30 червня 2025 року · впевненість 91%");
    expect(message.components[0]?.components[0]?.label).toBe("Джерела");
  });

  it("stays within the limits for any answer (property)", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 3000 });
    const arbitraryAnswer = fc.record({
      question: fc.string({ unit: "grapheme", maxLength: 700 }),
      text,
      quotes: fc.array(fc.record({ text: fc.string({ unit: "grapheme", minLength: 1, maxLength: 2000 }), speaker: fc.string({ minLength: 1, maxLength: 300 }) }), { maxLength: 30 }),
      citationCount: fc.integer({ min: 0, max: 70 }),
      titleLength: fc.integer({ min: 1, max: 400 }),
      suggestions: fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arbitraryAnswer, (input) => {
        const value = answer({
          question: input.question,
          text: input.text,
          status: "no_answer",
          suggestions: input.suggestions.filter((s) => s.trim()),
          citations: Array.from({ length: input.citationCount }, (_, i) => ({
            n: i + 1,
            id: `s${i}`,
            title: long("Title *with* [brackets] ", input.titleLength),
            publisher: "P",
            published: "2024",
            url: `https://example.org/${i}(x)`,
          })),
          quotes: input.quotes.map((quote) => ({ ...quote, date: "2024-06-13", citation: 1 })),
        });
        expect(limitViolations(renderAnswer(value, { key: "key12345" }))).toEqual([]);
        for (const page of renderPages(value)) expect(limitViolations(page)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("renderPages", () => {
  it("splits a long answer over messages within the limits and loses no quote or citation", () => {
    const huge = hugeAnswer();
    const pages = renderPages(huge);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(limitViolations(page)).toEqual([]);
    const all = pages.flatMap((page) => page.embeds.map((embed) => embed.description ?? "")).join("\n");
    for (const citation of huge.citations) expect(all).toContain(`(${citation.url})`);
    for (const quote of huge.quotes) expect(all.replace(/\s+/g, " ")).toContain(escapeText(quote.text).trim().replace(/\s+/g, " "));
    const titles = pages.flatMap((page) => page.embeds.map((embed) => embed.title ?? ""));
    expect(titles.at(-1)).toMatch(new RegExp(`\\(${titles.length}/${titles.length}\\)$`));
    expect(embedLength(pages.at(-1)?.embeds.at(-1) ?? {})).toBeGreaterThan(0);
    expect(pages.at(-1)?.embeds.at(-1)?.footer?.text).toBe("As of 30 June 2025 · confidence 91%");
  });
});

describe("truncate", () => {
  it("never leaves half an emoji or an escaping backslash at the cut", () => {
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    expect(truncate("abc\\*def", 5)).toBe("abc…");
    expect(truncate("short", 10)).toBe("short");
  });
});
