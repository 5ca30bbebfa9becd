/**
 * `npm run bench`: runs every benchmark section and prints its tables and
 * targets. Figures depend on the machine and its load; nothing here is a test.
 *
 *   npm run bench                  all sections, full runs (about a minute and a half on 2 cores)
 *   npm run bench -- --quick       fewer runs and samples
 *   npm run bench -- --json        the raw figures as JSON on stdout
 *   npm run bench -- engine        only the named sections (engine, telegram, discord, timeline)
 *
 * Progress goes to stderr.
 */
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import { discordSection } from "./discord-path.ts";
import { engineSection } from "./engine.ts";
import { renderReport, type BenchSection, type SectionReport } from "./table.ts";
import { telegramSection } from "./telegram-path.ts";
import { timelineSection } from "./timeline.ts";

/** Every section, in the order they run. */
const SECTIONS: readonly BenchSection[] = [engineSection, telegramSection, discordSection, timelineSection()];

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith("--")));
const named = args.filter((arg) => !arg.startsWith("--")).map((arg) => arg.toLowerCase());
const unknownFlags = [...flags].filter((flag) => !["--quick", "--json"].includes(flag));
const unknownSections = named.filter((name) => !SECTIONS.some((section) => section.name.toLowerCase() === name));
if (unknownFlags.length > 0 || unknownSections.length > 0) {
  console.error(`unknown ${[...unknownFlags, ...unknownSections].join(", ")}; usage: npm run bench -- [--quick] [--json] [${SECTIONS.map((section) => section.name.toLowerCase()).join("|")} …]`);
  process.exit(2);
}

const options = { quick: flags.has("--quick") };
const json = flags.has("--json");
const chosen = named.length === 0 ? SECTIONS : SECTIONS.filter((section) => named.includes(section.name.toLowerCase()));
const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: availableParallelism(),
  memory: totalmem(),
  os: `${platform()} ${release()}`,
  node: process.version,
  /** The young generation's size changes how often a scavenge pauses an answer; `.npmrc` sets it for every npm script, the bot's too. */
  nodeOptions: process.env.NODE_OPTIONS ?? "",
  /** 1-, 5- and 15-minute load averages as the run starts: other work on the machine inflates every wall-clock figure, the tails most. */
  loadAtStart: loadavg(),
};

const started = process.hrtime.bigint();
const reports: SectionReport[] = [];
for (const section of chosen) {
  reports.push(await section.run(options, (line) => process.stderr.write(`${line}\n`)));
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const loadAtEnd = loadavg();

if (json) {
  process.stdout.write(`${JSON.stringify({ machine, loadAtEnd, quick: options.quick, seconds, reports }, null, 2)}\n`);
} else {
  const header = `Pact Desk benchmarks${options.quick ? " (quick)" : ""} — ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}${machine.nodeOptions ? ` (${machine.nodeOptions})` : ""}, ${seconds.toFixed(0)} s, load ${machine.loadAtStart[0]?.toFixed(1)} → ${loadAtEnd[0]?.toFixed(1)} (1-minute average, start → end)`;
  process.stdout.write(`${[header, ...reports.map(renderReport)].join("\n\n")}\n`);
}
