/**
 * vitest setupFile: imports discord.js before any test file runs in a worker.
 *
 * vega-lite (the timeline) adds `Set.prototype.toJSON` when it loads, and
 * discord.js's event emitter (@vladfrangu/async_event_emitter) copies the
 * built-in prototypes when it loads, calling their argument-less methods;
 * that one returns a string, and the import fails with `string "Set()" is not
 * iterable`. The adapters load discord.js before the timeline (adapters/main.ts
 * prepares the platforms before anything draws), and so does a test worker,
 * where all test files share one module graph.
 */
import "discord.js";
