/**
 * The repository's corpus directory and its language packs, read once: what
 * the engine uses when given no packs, and what formats dates and names for
 * the timeline and the adapters.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../answer.ts";
import { DataValidationError } from "../errors.ts";
import { loadLanguagePacks } from "./load.ts";
import type { LanguagePack } from "./schema.ts";

/** The repository's corpus directory. */
export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

let repositoryPacks: LanguagePack[] | undefined;

/** The repository's language packs (`data/lang/`), read once. */
export function repositoryLanguagePacks(): LanguagePack[] {
  if (repositoryPacks === undefined) {
    const result = loadLanguagePacks(join(DEFAULT_DATA_DIR, "lang"), "data/lang");
    if (!result.ok) throw new DataValidationError(result.issues);
    repositoryPacks = result.packs;
  }
  return repositoryPacks;
}

/** The repository's pack for `lang`, or its first pack when it has none for it. */
export function repositoryPack(lang: Lang): LanguagePack {
  const packs = repositoryLanguagePacks();
  const pack = packs.find((candidate) => candidate.lang === lang) ?? packs[0];
  if (pack === undefined) throw new DataValidationError([{ file: "data/lang", path: "", message: "no language pack (<lang>.yaml) found" }]);
  return pack;
}
