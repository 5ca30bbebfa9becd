/** What the adapters' help and hints offer as examples: a partner and a year from the data. */
import { uiWords, type Engine, type Lang } from "../../src/index.ts";
import { timelineYears } from "./timeline-request.ts";

/** A partner to show in usage examples: the first agreement in the corpus, named as answers in `lang` name it. */
export function examplePartner(engine: Engine, lang: Lang): string {
  const [first] = engine.dataset.agreements;
  return first === undefined ? "Japan" : uiWords(lang).partnerName(first);
}

/** A year to show in usage examples: the first year with signings. */
export function exampleYear(engine: Engine): number {
  return timelineYears(engine)[0] ?? new Date().getFullYear();
}
