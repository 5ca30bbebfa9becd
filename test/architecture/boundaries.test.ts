/**
 * The design's import rules, checked on the real tree: the engine knows nothing
 * of chat platforms, adapters reach the engine only through its barrel, and no
 * adapter imports another.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every module specifier a file imports, with relative ones resolved to repo paths. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), "utf8");
  const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? "",
  );
  return specifiers.map((specifier) => (specifier.startsWith(".") ? relative(root, resolve(root, dirname(file), specifier)) : specifier));
}

const platformPackages = /^(grammy|@grammyjs\/|discord\.js|@discordjs\/|pino)/;

describe("import boundaries", () => {
  it("the engine imports nothing from adapters or chat platforms", () => {
    const offending = tsFiles("src").flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith("adapters/") || platformPackages.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("adapters reach the engine only through src/index.ts and never import each other", () => {
    const platforms = ["console", "telegram", "discord"];
    const offending = tsFiles("adapters").flatMap((file) => {
      const own = file.split("/")[1];
      // adapters/main.ts is the composition root: it starts every platform, so it may import them all.
      const isRoot = file === "adapters/main.ts";
      return importsOf(file)
        .filter(
          (target) =>
            (target.startsWith("src/") && target !== "src/index.ts") ||
            (!isRoot && platforms.some((platform) => platform !== own && target.startsWith(`adapters/${platform}/`))),
        )
        .map((target) => `${file} → ${target}`);
    });
    expect(offending).toEqual([]);
  });
});
