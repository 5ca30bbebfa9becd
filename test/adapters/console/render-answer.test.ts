/** How the console lays out a real engine answer for a person at a terminal. */
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { renderAnswer } from "../../../adapters/console/render-answer.ts";
import { createStyle, wantsColour } from "../../../adapters/console/style.ts";
import { wrap, wrapBlock } from "../../../adapters/console/wrap.ts";
import type { Engine } from "../../../src/index.ts";
import { sharedEngine } from "../../shared-engine.ts";

const ESC = "\u001b";
const plain = createStyle(false);
/** A line may only overflow when it is a single unbreakable word such as a URL. */
const overflowing = (text: string, width: number) => text.split("\n").filter((line) => [...line].length > width && /\s/.test(line.trim()));

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe("renderAnswer", () => {
  it("keeps every line of a long answer within the width and lists numbered sources with their URLs", () => {
    const answer = engine.answer("What does the UK agreement commit to?");
    const text = renderAnswer(answer, { width: 60, style: plain });
    expect(overflowing(text, 60)).toEqual([]);
    for (const citation of answer.citations) {
      expect(text).toContain(`[${citation.n}] ${citation.publisher}`);
      expect(text).toContain(citation.url);
    }
  });

  it("colours the markers of the engine's blocks and dims notes, and shows a bracketed number the asker typed as words, never as a marker", () => {
    const colour = createStyle(true);
    const card = renderAnswer(engine.agreement("Japan"), { width: 80, style: colour });
    expect(card).toContain(colour.accent("[1]"));
    const note = engine.agreement("Japan").blocks.find((block) => block.kind === "note");
    expect(note).toBeDefined();
    // The note's first line, dimmed, in a paragraph of its own.
    expect(card).toContain(`\n\n${colour.muted("").slice(0, 4)}${note?.text.split(" ").slice(0, 3).join(" ")}`);
    const typed = renderAnswer(engine.agreement("[1] Atlantis"), { width: 80, style: colour });
    expect(typed).toContain("“(1) Atlantis”");
    expect(typed).not.toContain(colour.accent("[1]"));
  });

  it("shows quotes verbatim with their speaker, and suggestions for a question it cannot answer", () => {
    const quoted = engine.quotes("Japan");
    const text = renderAnswer(quoted, { width: 80, style: plain }).replace(/\s+/g, " ");
    for (const quote of quoted.quotes) {
      expect(text).toContain(quote.text.replace(/\s+/g, " "));
      expect(text).toContain(quote.speaker.replace(/\s+/g, " "));
    }
    const unknown = engine.answer("how do I bake bread");
    expect(unknown.suggestions.length).toBeGreaterThan(0);
    expect(renderAnswer(unknown, { width: 80, style: plain })).toContain(unknown.suggestions[0]);
  });

  it("writes colour codes only when the style asks for colour", () => {
    const answer = engine.answer("When did Japan sign?");
    expect(renderAnswer(answer, { style: plain })).not.toContain(ESC);
    expect(renderAnswer(answer, { style: createStyle(true) })).toContain(ESC);
  });
});

describe("wantsColour", () => {
  it("is true only for a TTY without NO_COLOR", () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
  });
});

describe("wrap", () => {
  it("never exceeds the width unless a word is longer, and loses no word", () => {
    const word = fc.stringMatching(/^[A-Za-zА-Яа-яʼ0-9.,:/-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.integer({ min: 10, max: 100 }), (words, width) => {
        const lines = wrap(words.join(" "), { width, indent: "  ", firstIndent: "> " });
        // The prefix counts towards the width, but a line holding a single word may overflow.
        for (const line of lines) expect([...line].length <= width || !/\s/.test(line.slice(2))).toBe(true);
        expect(lines.join(" ").split(/\s+/).filter((token) => token !== "" && token !== ">")).toEqual(words);
      }),
    );
  });

  it("continues a list item under its text, not under the bullet", () => {
    const lines = wrapBlock("Partners:\n- United Kingdom, Germany, France, Denmark, Canada, Italy, the Netherlands", 30);
    expect(lines[0]).toBe("Partners:");
    expect(lines[1]?.startsWith("- ")).toBe(true);
    expect(lines.slice(2).every((line) => line.startsWith("  ") && !line.startsWith("   "))).toBe(true);
  });
});

describe("an answer to a question in Ukrainian", () => {
  it("has its headings and source dates in Ukrainian", () => {
    const answer = engine.answer("Що передбачає угода з Японією?");
    expect(answer.lang).toBe("uk");
    const text = renderAnswer(answer, { width: 80, style: plain });
    expect(text).toContain("Джерела");
    expect(text).not.toMatch(/^Sources$|Related questions|You could ask/m);
    expect(text).toMatch(/\(\d{1,2} (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня) \d{4} року\)/);
  });
});
