import { defineConfig } from "vitest/config";

/**
 * discord.js does not survive being loaded into a module graph shared with other test files
 * (its inspector copy fails with "string "Set()" is not iterable"), so the files that start it
 * keep vitest's per-file isolation.
 */
const LOADS_DISCORD_JS = [
  "test/adapters/discord/**/*.test.ts",
  "test/properties/discord-render.property.test.ts",
  "test/faults/answer-log.test.ts",
  "test/faults/discord-faults.test.ts",
  "test/faults/secrets.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Bundles the entry points that tests start as processes, once per run (not again for each project).
    globalSetup: ["test/build-entry-points.ts"],
    projects: [
      {
        extends: true,
        // One module graph per worker: modules, the engine (test/shared-engine.ts) and rendered timelines are loaded once, not once per file.
        test: { name: "shared", include: ["test/**/*.test.ts"], exclude: LOADS_DISCORD_JS, isolate: false, globalSetup: [] },
      },
      { extends: true, test: { name: "discord", include: LOADS_DISCORD_JS, globalSetup: [] } },
    ],
  },
});
