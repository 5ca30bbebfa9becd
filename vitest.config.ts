import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
    // Bundles the entry points that tests start as processes (kept between runs while nothing they are built from changes).
    globalSetup: ["test/build-entry-points.ts"],
    experimental: {
      // Transformed modules are kept between runs, keyed by each file's content, the config and vitest's version (cleared
      // when the lockfile changes): most of the main process's CPU otherwise. In the OS temp directory, per checkout, as
      // node_modules may be shared between checkouts.
      fsModuleCache: true,
      fsModuleCachePath: join(tmpdir(), "pact-desk-vitest-modules", createHash("sha256").update(import.meta.dirname).digest("hex").slice(0, 12)),
    },
  },
});
