/**
 * Best source first: the citations of a sentence go from official texts to
 * official statements, analysis and news, a copy of another publication
 * after the originals — for every agreement's date answer, in both languages.
 */
import { beforeAll, expect, it } from "vitest";
import type { Engine, Source } from "../../src/index.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const KIND_ORDER: readonly Source["kind"][] = ["official-text", "official-statement", "analysis", "news"];
/** A third party's copy of a text ranks after the officials' own statements. */
const isCopy = (source: Source) => /\b(reprint|reproduc|copy of)/i.test(`${source.title} ${source.publisher}`);
const rank = (source: Source) => KIND_ORDER.indexOf(source.kind) + (isCopy(source) ? 1.5 : 0);

it("cites each agreement's date from its best sources first, copies after originals", () => {
  const sources = new Map(engine.dataset.sources.map((source) => [source.id, source]));
  for (const agreement of engine.dataset.agreements) {
    for (const lang of ["en", "uk"] as const) {
      const answer = engine.agreement(agreement.partner, { lang });
      const cited = answer.blocks.filter((block) => block.cites.length > 1);
      expect(cited.length, `${agreement.id} (${lang}) cites no sentence from two sources`).toBeGreaterThan(0);
      for (const block of cited) {
        const ranks = block.cites.map((n) => {
          const source = sources.get(answer.citations.find((citation) => citation.n === n)?.id ?? "");
          if (source === undefined) throw new Error(`${agreement.id}: citation [${n}] has no source`);
          return rank(source);
        });
        expect(ranks, `${agreement.id} (${lang}): ${block.text}`).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  }
});

it("puts the German government's own statement before a blog's reproduction of the text", () => {
  const answer = engine.answer("When did Germany sign?");
  expect(answer.citations[0]?.publisher).toContain("Auswärtiges Amt");
  expect(answer.citations.map((citation) => citation.publisher)).not.toContain("aufklaerung-heute.de (reproduction of the German government text)");
});
