import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Limits for a hang, not for speed: a test that starts processes (seconds of CPU each) can take
    // over 20 s when other work loads this 2-core machine, and a passing run never waits for them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One module graph per worker: modules, the engine (test/shared-engine.ts) and rendered timelines are loaded once, not once per file.
    isolate: false,
    // One worker per core (vitest's default leaves one core to itself): much of the suite waits on processes, sockets and timers.
    maxWorkers: "100%",
    // Before any test file: discord.js must load before vega-lite (see the file).
    setupFiles: ["test/load-discord-first.ts"],
    // Bundles the entry points that tests start as processes, once per run.
    globalSetup: ["test/build-entry-points.ts"],
  },
});
