/**
 * Every quote in data/quotes.yaml must be word for word what the research
 * dossier or the seed article holds: a changed character is an invented quote.
 * The dossier sits beside the repository (../shared), as on developer machines and in CI.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(root, "../shared");
const hasDossier = existsSync(join(shared, "research"));

/** All strings of the dossier's JSON files (so escaped characters compare as text) plus its text files. */
function dossierText(): string {
  const parts: string[] = [];
  for (const name of readdirSync(join(shared, "research"))) {
    // The agreement texts (research/texts/) are checked against provisions, not quotes.
    if (statSync(join(shared, "research", name)).isDirectory()) continue;
    const raw = readFileSync(join(shared, "research", name), "utf8");
    if (name.endsWith(".json")) JSON.parse(raw, (_key, value: unknown) => (typeof value === "string" && parts.push(value), value));
    else parts.push(raw);
  }
  for (const name of readdirSync(join(shared, "seeds"))) parts.push(readFileSync(join(shared, "seeds", name), "utf8"));
  return parts.join("\n");
}

describe.skipIf(!hasDossier)("quotes are verbatim", () => {
  it("every quote's text appears character for character in the dossier or the seed", () => {
    const haystack = dossierText();
    const quotes = parse(readFileSync(join(root, "data/quotes.yaml"), "utf8")) as { id: string; text: string }[];
    expect(quotes.length).toBeGreaterThan(0);
    const invented = quotes.filter((quote) => !haystack.includes(quote.text)).map((quote) => quote.id);
    expect(invented).toEqual([]);
  });
});
