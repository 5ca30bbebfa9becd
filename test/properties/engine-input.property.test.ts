/**
 * Hostile input to the engine, as a question, an /agreement argument, a
 * quote topic and an inline (autocomplete) query: it never throws, every
 * answer is a valid `Answer`, and no input takes unbounded work.
 *
 * The engine turns an internal failure into a plain "I don't know", which
 * would hide a throw; so the question's reading (`understand`, `aspectsOf`),
 * where hostile text does its damage, is also run directly.
 */
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, loadLanguagePacks, type Engine, type LanguagePack } from "../../src/index.ts";
import { understand } from "../../src/reading/read.ts";
import { aspectsOf } from "../../src/answers/aspects.ts";
import { buildLanguageContext, type LanguageContext } from "../../src/lang/context.ts";
import { detectLanguage } from "../../src/lang/detect.ts";
import { tokenise } from "../../src/text/normalise.ts";
import { expectWellFormed } from "../engine/answer-checks.ts";
import { hostileString } from "./hostile-strings.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
let packs: LanguagePack[];
let contexts: LanguageContext[];

beforeAll(() => {
  engine = sharedEngine();
  const loaded = loadLanguagePacks(join(DEFAULT_DATA_DIR, "lang"), "data/lang");
  if (!loaded.ok) throw new Error("the repository's language packs do not load");
  packs = loaded.packs;
  contexts = packs.map((pack) => buildLanguageContext(pack, engine.dataset, packs));
});

const langHint = fc.constantFrom(undefined, "en" as const, "uk" as const);

it("a question: a valid answer, and its reading never throws", () => {
  fc.assert(
    fc.property(hostileString, langHint, (question, lang) => {
      expectWellFormed(engine.answer(question, lang === undefined ? {} : { lang }));
      // The engine reads at most 500 characters of a question; longer ones are rejected unread.
      const read = Array.from(question).slice(0, 500).join("");
      for (const context of contexts) aspectsOf(understand(context, read));
    }),
    { numRuns: 250 },
  );
});

it("an /agreement argument or a quote topic: a valid answer, whose echo of the input adds no citation marker", () => {
  fc.assert(
    fc.property(hostileString, langHint, (text, lang) => {
      const ask = lang === undefined ? {} : { lang };
      expectWellFormed(engine.agreement(text, ask));
      expectWellFormed(engine.quotes(text, ask));
    }),
    { numRuns: 150 },
  );
});

it("a typed citation marker is echoed in parentheses, so the answer's markers stay its own", () => {
  const unknown = engine.agreement("[1]");
  expectWellFormed(unknown);
  expect(unknown.text).toContain("“(1)”");
  const quotes = engine.quotes("[2] Japan");
  expectWellFormed(quotes);
  expect(quotes.text).toContain("“(2) Japan”");
});

it("the characters the engine marks its citations with are dropped from the input, so no input makes a marker", () => {
  for (const answer of [engine.answer("Japan \uFDD07\uFDD1 signed when?"), engine.agreement("\uFDD03\uFDD1"), engine.quotes("\uFDD09\uFDD1 Japan")]) {
    expectWellFormed(answer);
    expect(answer.blocks.flatMap((block) => block.cites).every((n) => answer.citations.some((citation) => citation.n === n))).toBe(true);
  }
});

it("an inline or autocomplete query: partner choices with a known id and a name", () => {
  const ids = new Set(engine.dataset.agreements.map((agreement) => agreement.id));
  fc.assert(
    fc.property(hostileString, fc.integer({ min: -5, max: 60 }), (query, limit) => {
      const choices = engine.partners(query, limit);
      expect(choices.length).toBeLessThanOrEqual(Math.max(limit, 0));
      for (const choice of choices) {
        expect(ids.has(choice.id)).toBe(true);
        expect(choice.name.trim()).not.toBe("");
      }
    }),
    { numRuns: 150 },
  );
});

/** Inputs built to make regexes backtrack and loops go quadratic: long words, long runs of one character, endless repetition of cue words. */
function adversarial(length: number): string[] {
  const repeat = (pattern: string) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length);
  return [
    repeat("abcdefghijklmnopqrstuvwxyz"),
    repeat("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
    repeat("a"),
    repeat("'"),
    repeat("a'"),
    repeat("a\u0301"),
    repeat(" \u200b"),
    repeat("did Japan sign when "),
    repeat("agrement secuirty japn germny "),
    repeat("2024-06-13 "),
    repeat("[1]("),
    repeat("<b>&amp;"),
    repeat("Japan Японія 😀 "),
  ];
}

it("no input takes unbounded work: 100,000-character inputs everywhere, 500-character ones through a full answer", () => {
  // A hang guard, not a speed target (speed is measured by `npm run bench`): work cannot be counted
  // from outside, so each input gets a loose 2 s. Each takes well under 200 ms; catastrophic regex
  // backtracking or a blow-up such as spell-correcting one 100,000-letter word would take far longer.
  const bounded = (what: string, run: () => void) => {
    const started = performance.now();
    run();
    expect(performance.now() - started, what).toBeLessThan(2_000);
  };
  for (const text of adversarial(100_000)) {
    const what = JSON.stringify(text.slice(0, 30));
    bounded(`engine ${what}`, () => {
      expectWellFormed(engine.answer(text));
      expectWellFormed(engine.agreement(text));
      expectWellFormed(engine.quotes(text));
      engine.partners(text);
    });
    bounded(`reading ${what}`, () => {
      tokenise(text, "drop");
      detectLanguage(text, packs, undefined, "en");
      for (const context of contexts) aspectsOf(understand(context, text));
    });
  }
  for (const text of adversarial(500)) {
    bounded(`answer ${JSON.stringify(text.slice(0, 30))}`, () => {
      for (const lang of ["en", "uk"] as const) expectWellFormed(engine.answer(text, { lang }));
    });
  }
});
