/**
 * The design's import rules, checked on the real tree by dependency-cruiser:
 * the engine knows nothing of chat platforms, adapters reach the engine only
 * through its barrel, and no adapter imports another. Type-only imports count.
 */
import { cruise, type ICruiseResult, type IForbiddenRuleType } from "dependency-cruiser";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const RULES: IForbiddenRuleType[] = [
  {
    name: "engine-knows-no-platform",
    severity: "error",
    from: { path: "^src/" },
    to: { path: ["^adapters/", "^node_modules/(grammy|@grammyjs/|discord\\.js|@discordjs/|pino)"] },
  },
  { name: "adapters-use-engine-barrel", severity: "error", from: { path: "^adapters/" }, to: { path: "^src/", pathNot: "^src/index\\.ts$" } },
  {
    // adapters/main.ts is the composition root: it starts every platform, so it may import them all.
    name: "adapters-stay-apart",
    severity: "error",
    from: { path: "^adapters/(console|telegram|discord)/" },
    to: { path: "^adapters/(console|telegram|discord)/", pathNot: "^adapters/$1/" },
  },
];

it("src/ and adapters/ keep the import rules", async () => {
  // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc reads the .ts files.
  const { output } = await cruise(["src", "adapters"], {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: RULES },
    parser: "swc",
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
  });
  const result = (typeof output === "string" ? JSON.parse(output) : output) as ICruiseResult;
  expect(result.summary.totalCruised).toBeGreaterThan(100);
  expect(result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`)).toEqual([]);
});
