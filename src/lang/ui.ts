/**
 * The adapters' fixed words in one language: the `ui` section of the
 * repository's language pack, read the way the timeline reads `ui.timeline`
 * and `formatCorpusDate` reads dates, with the pack's own helpers to fill
 * placeholders and plurals and to name partners. Adapters keep no words of
 * their own.
 */
import type { Lang } from "../answer.ts";
import { fill, plural } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { partnerNameIn } from "./context.ts";
import { repositoryPack } from "./repository.ts";
import type { Plural, UiText } from "./schema.ts";

type Values = Readonly<Record<string, string | number>>;

export interface UiWords {
  /** The pack's language (the repository's first pack when it has none for the language asked). */
  readonly lang: Lang;
  /** The pack's `ui` section, as `src/lang/schema.ts` describes it. */
  readonly text: UiText;
  /** A template with its `{name}` placeholders filled. */
  fill(template: string, values: Values): string;
  /** The wording of `forms` for `n` by the language's plural rules, `{n}` and `values` filled. */
  plural(forms: Plural, n: number, values?: Values): string;
  /** A partner's name as this language's answers list it. */
  partnerName(agreement: Agreement): string;
}

/** The adapters' words in `lang`, from the repository's language packs. */
export function uiWords(lang: Lang): UiWords {
  const pack = repositoryPack(lang);
  return {
    lang: pack.lang,
    text: pack.ui,
    fill,
    plural: (forms, n, values = {}) => fill(plural(pack, forms, n), values),
    partnerName: (agreement) => partnerNameIn(pack, agreement),
  };
}
