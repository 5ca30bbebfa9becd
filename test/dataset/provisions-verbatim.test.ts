/**
 * Every provision's quote must be word for word in the agreement text it was
 * read from (research/texts/<file>.md beside the repository), allowing only
 * for a word split at a line end and for line breaks; and every provision's
 * section must exist in that text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ProvisionFileSchema } from "../../src/dataset/schema.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const texts = resolve(root, "../shared/research/texts");
const provisionsDir = join(root, "data/provisions");

/** The text as one line, with words split at line ends joined ("recog-\nnised") or kept hyphenated ("long-\nterm"). */
function readings(stem: string): string[] {
  const raw = [stem, `${stem}.ua-version`].map((name) => join(texts, `${name}.md`)).filter(existsSync).map((path) => readFileSync(path, "utf8")).join("\n");
  const fold = (text: string) => text.replace(/\s+/g, " ");
  return [fold(raw), fold(raw.replace(/-\n/g, "")), fold(raw.replace(/-\n/g, "-"))];
}

/** Each file and its text are read once for both checks of it (the `yaml` document parse is most of this file's time). */
const memo = <T>(read: (name: string) => T): ((name: string) => T) => {
  const done = new Map<string, T>();
  return (name) => {
    if (!done.has(name)) done.set(name, read(name));
    return done.get(name) as T;
  };
};
const provisionFile = memo((name) => ProvisionFileSchema.parse(parse(readFileSync(join(provisionsDir, name), "utf8"))));
const textReadings = memo((name) => readings(name.replace(/\.yaml$/, "")));

const files = existsSync(provisionsDir) ? readdirSync(provisionsDir).filter((name) => name.endsWith(".yaml")) : [];

describe.skipIf(!existsSync(texts) || files.length === 0)("provisions are read from their texts", () => {
  it.each(files)("%s: every quote is verbatim in the text", (name) => {
    const file = provisionFile(name);
    const haystacks = textReadings(name);
    const invented = file.provisions.filter((provision) => provision.quote !== undefined && !haystacks.some((text) => text.includes(provision.quote?.replace(/\s+/g, " ") ?? "")));
    expect(invented.map((provision) => provision.id)).toEqual([]);
    const long = file.provisions.filter((provision) => (provision.quote?.split(/\s+/).length ?? 0) > 45);
    expect(long.map((provision) => provision.id)).toEqual([]);
  });

  it.each(files)("%s: every section is one the text has", (name) => {
    const file = provisionFile(name);
    const [text = ""] = textReadings(name);
    const lower = text.toLowerCase();
    // The opening and the signature block are there in every text, whether or not it labels them.
    const unlabelled = new Set(["Preamble", "Signature"]);
    const unknown = file.provisions.filter((provision) => {
      if (unlabelled.has(provision.section)) return false;
      const number = provision.section.split(/[.\s(–-]/)[0] ?? "";
      return !text.includes(number) && !(provision.heading !== undefined && lower.includes(provision.heading.toLowerCase().slice(0, 20)));
    });
    expect(unknown.map((provision) => `${provision.id}: ${provision.section}`)).toEqual([]);
  });
});
