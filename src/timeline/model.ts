/**
 * What the timeline shows, worked out from the registry alone: the points
 * (signings grouped by day), the cumulative official count, the milestones,
 * the date range and the sources to credit. Pure; no drawing here.
 */
import type { Citation } from "../answer.ts";
import { endOfPeriod } from "../dataset/dates.ts";
import { buildRegistry } from "../registry/registry.ts";
import type { Agreement, Dataset, Source, Tally } from "../dataset/schema.ts";
import type { ResolvedTimelineOptions } from "./options.ts";
import type { LocalNames } from "../lang/context.ts";
import { isUncounted, type HighlightNames, type PointStatus } from "./strings.ts";

/** One point on the chart: the signings of one day that are drawn alike. */
export interface SigningPoint {
  /** Signing date, `YYYY-MM-DD`. */
  date: string;
  /** Milliseconds since the epoch at UTC midnight of `date`. */
  time: number;
  /**
   * Height on the chart. For counted signings: the official count after that
   * day. For signings outside the count: the count the line stands at.
   */
  count: number;
  partners: string[];
  ids: string[];
  status: PointStatus;
  highlighted: boolean;
}

/** A corner of the step line. */
export interface StepPoint {
  time: number;
  count: number;
}

export interface Milestone {
  id: string;
  name: string;
  /** The first part of the place ("Vilnius" of "Vilnius, Lithuania"), or null when the name already says it. */
  town: string | null;
  /** Start date, `YYYY-MM-DD`. */
  date: string;
  time: number;
}

/**
 * The time axis, piecewise linear: `domain` times (ms, ascending, from
 * `start` to `end`) sit at `range` fractions of the plot width. Quiet
 * stretches longer than a couple of weeks are compressed, so months without
 * signings do not squeeze the crowded ones.
 */
export interface TimeAxis {
  domain: number[];
  range: number[];
  /** Stretches drawn compressed, in ms: the reader is told time runs faster there. */
  compressed: { from: number; to: number }[];
}

export interface TimelineModel {
  year: number | null;
  /** The x-range, in milliseconds since the epoch (UTC). In the all-years view it ends at the as-of date. */
  start: number;
  end: number;
  axis: TimeAxis;
  points: SigningPoint[];
  steps: StepPoint[];
  milestones: Milestone[];
  /** Official count before the range, at its end, and signings in it that count. */
  countBefore: number;
  countAtEnd: number;
  countedInRange: number;
  /** The official count over the whole registry. */
  officialTotal: number;
  highlight: ({ id: string } & HighlightNames) | null;
  /** The registry's main sources for what is shown, numbered from 1. */
  citations: Citation[];
  /** Publishers of `citations`, in order, without repeats. */
  publishers: string[];
  /** How many other publishers the shown records cite. */
  otherPublishers: number;
  asOf: string;
}

const DAY = 86_400_000;
/** Room before the first and after the last dated item in the all-years view. */
const PAD_BEFORE_DAYS = 30;
/** Room after the last signing when the as-of date is earlier or close to it. */
const PAD_AFTER_DAYS = 10;
/** A stretch between dated items longer than QUIET_GAP_DAYS is drawn compressed beyond its first QUIET_DAYS… */
const QUIET_GAP_DAYS = 40;
const QUIET_DAYS = 14;
/** …at this share of its length. */
const QUIET_FACTOR = 0.12;
/** Days kept at full scale before the first signing. */
const LEAD_DAYS = 60;
/** Credit at most this many publishers by name; the footer counts the rest. */
const MAX_PUBLISHERS = 4;

export function utcTime(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

/** @param names How the chart's language names partners and events: as its answers do. */
export function buildTimelineModel(dataset: Readonly<Dataset>, options: ResolvedTimelineOptions, names: LocalNames): TimelineModel {
  // The engine's registry gives the signing order, the latest official tally and the corpus's as-of date.
  const registry = buildRegistry(dataset);
  const asOf = options.asOf ?? registry.asOfLabel;
  const agreements = registry.byDate;
  const inYear = (date: string): boolean => options.year === null || Number(date.slice(0, 4)) === options.year;
  const shown = agreements.filter((agreement) => inYear(agreement.signed));
  const officialTotal = agreements.filter((agreement) => agreement.inOfficialCount).length;
  const countBefore =
    options.year === null ? 0 : agreements.filter((agreement) => agreement.inOfficialCount && agreement.signed < `${options.year}`).length;

  const points: SigningPoint[] = [];
  let count = countBefore;
  for (const date of [...new Set(shown.map((agreement) => agreement.signed))]) {
    const sameDay = shown.filter((agreement) => agreement.signed === date);
    const counted = sameDay.filter((agreement) => agreement.inOfficialCount);
    const uncounted = sameDay.filter((agreement) => !agreement.inOfficialCount);
    // A day's signings are grouped by how they are drawn: a settled record never takes a disputed one's colour.
    const settled = (agreement: Agreement): boolean => agreement.confidence === "high";
    // Signings outside the count sit where the line stood before that day's counted ones.
    for (const [group, status] of [
      [uncounted.filter(settled), "uncounted"],
      [uncounted.filter((agreement) => !settled(agreement)), "uncounted-disputed"],
    ] as const) {
      if (group.length > 0) points.push(point(date, count, group, status, options, names));
    }
    const countedSettled = counted.filter(settled);
    count += countedSettled.length;
    if (countedSettled.length > 0) points.push(point(date, count, countedSettled, "counted", options, names));
    const countedDisputed = counted.filter((agreement) => !settled(agreement));
    count += countedDisputed.length;
    if (countedDisputed.length > 0) points.push(point(date, count, countedDisputed, "disputed", options, names));
  }

  const milestones = dataset.events
    .filter((event) => event.milestone && inYear(event.start))
    .map((event) => {
      const name = names.eventName(event);
      const town = names.localEvent(event).place.split(/[,(]/)[0]!.trim();
      return { id: event.id, name, town: name.includes(town) ? null : town, date: event.start, time: utcTime(event.start) };
    })
    .sort((a, b) => a.time - b.time);

  const { start, end } = range(options.year, asOf, points, milestones);
  const axis = timeAxis(start, end, [...points.map((p) => p.time), ...milestones.map((m) => m.time)], points[0]?.time ?? null);
  const countedPoints = points.filter((p) => !isUncounted(p.status));
  // The line stops at the as-of date when the range reaches past it: nothing is known beyond.
  const lineEnd = Math.min(end, Math.max(utcTime(endOfPeriod(asOf)), ...points.map((p) => p.time)));
  const steps: StepPoint[] = [
    { time: start, count: countBefore },
    ...countedPoints.map((p) => ({ time: p.time, count: p.count })),
    { time: lineEnd, count },
  ];

  const partner = options.partner;
  const highlight =
    partner === null
      ? null
      : { id: partner.id, partner: names.partnerName(partner), partnerWith: names.partnerInSentence(partner), date: partner.signed, ordinal: partner.ordinal };
  const credits = mainSources(dataset.sources, shown, registry.latestOfficialTally ?? null);

  return {
    year: options.year,
    start,
    end,
    axis,
    points,
    steps,
    milestones,
    countBefore,
    countAtEnd: count,
    countedInRange: count - countBefore,
    officialTotal,
    highlight,
    ...credits,
    asOf,
  };
}

function point(date: string, count: number, agreements: Agreement[], status: PointStatus, options: ResolvedTimelineOptions, names: LocalNames): SigningPoint {
  return {
    date,
    time: utcTime(date),
    count,
    partners: agreements.map((agreement) => names.partnerName(agreement)),
    ids: agreements.map((agreement) => agreement.id),
    status,
    highlighted: options.partner !== null && agreements.some((agreement) => agreement.id === options.partner!.id),
  };
}

function range(year: number | null, asOf: string, points: SigningPoint[], milestones: Milestone[]): { start: number; end: number } {
  // A year's view starts a few weeks early, so a signing in early January has room for its label.
  if (year !== null) return { start: Date.UTC(year, 0, 1) - PAD_BEFORE_DAYS * DAY, end: Date.UTC(year + 1, 0, 1) };
  const times = [...points.map((p) => p.time), ...milestones.map((m) => m.time)];
  const asOfTime = utcTime(endOfPeriod(asOf));
  if (times.length === 0) times.push(asOfTime);
  // The axis runs to the as-of date: the flat line after the last signing says nothing new was signed since.
  return { start: Math.min(...times) - PAD_BEFORE_DAYS * DAY, end: Math.max(asOfTime, Math.max(...times) + PAD_AFTER_DAYS * DAY) };
}

/**
 * A long stretch between consecutive dated items keeps its first QUIET_DAYS
 * at full scale and the rest at QUIET_FACTOR: a six-month wait reads as a long
 * flat line, but it no longer takes a third of the width.
 */
function timeAxis(start: number, end: number, times: number[], firstSigning: number | null): TimeAxis {
  const knots = [...new Set([start, ...times.filter((t) => t > start && t < end), end])].sort((a, b) => a - b);
  const domain: number[] = [knots[0]!];
  const lengths: number[] = [0];
  const compressed: TimeAxis["compressed"] = [];
  for (let i = 1; i < knots.length; i++) {
    const from = knots[i - 1]!;
    const to = knots[i]!;
    const quiet = QUIET_DAYS * DAY;
    if (to === firstSigning && to - from > (QUIET_GAP_DAYS + LEAD_DAYS) * DAY) {
      // Before the first signing the weeks kept at full scale are the last ones: room for its label, left of it.
      const lead = LEAD_DAYS * DAY;
      domain.push(to - lead, to);
      lengths.push(lengths.at(-1)! + (to - lead - from) * QUIET_FACTOR, lengths.at(-1)! + (to - lead - from) * QUIET_FACTOR + lead);
      compressed.push({ from, to: to - lead });
    } else if (to !== firstSigning && to - from > QUIET_GAP_DAYS * DAY) {
      // A knot where the compression starts, so the first weeks stay true to scale.
      domain.push(from + quiet, to);
      lengths.push(lengths.at(-1)! + quiet, lengths.at(-1)! + quiet + (to - from - quiet) * QUIET_FACTOR);
      compressed.push({ from: from + quiet, to });
    } else {
      domain.push(to);
      lengths.push(lengths.at(-1)! + (to - from));
    }
  }
  const total = lengths.at(-1)! || 1;
  return { domain, range: lengths.map((length) => length / total), compressed };
}

/** Where `time` falls on the axis, as a fraction of the plot width (0 at `start`, 1 at `end`). */
export function axisFraction(axis: TimeAxis, time: number): number {
  return interpolate(axis.domain, axis.range, time);
}

/** The time at a fraction of the plot width: the inverse of `axisFraction`. */
export function axisTime(axis: TimeAxis, fraction: number): number {
  return interpolate(axis.range, axis.domain, fraction);
}

function interpolate(from: number[], to: number[], value: number): number {
  let i = 1;
  while (i < from.length - 1 && value > from[i]!) i++;
  const a = from[i - 1]!;
  const b = from[i] ?? a;
  return b === a ? to[i - 1]! : to[i - 1]! + ((value - a) / (b - a)) * (to[i]! - to[i - 1]!);
}

const KIND_RANK: Record<Source["kind"], number> = { "official-text": 0, "official-statement": 1, news: 2, analysis: 3 };

/**
 * The publishers the shown agreements rest on most, one representative source
 * each, after the latest official tally's source: it backs the count.
 */
function mainSources(
  sources: readonly Source[],
  shown: readonly Agreement[],
  tally: Tally | null,
): Pick<TimelineModel, "citations" | "publishers" | "otherPublishers"> {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const citedBy = new Map<string, number>();
  for (const agreement of shown) for (const id of new Set(agreement.sources)) citedBy.set(id, (citedBy.get(id) ?? 0) + 1);

  const publisherWeight = new Map<string, number>();
  for (const [id, n] of citedBy) {
    const publisher = byId.get(id)?.publisher;
    if (publisher !== undefined) publisherWeight.set(publisher, (publisherWeight.get(publisher) ?? 0) + n);
  }
  // The tally's most authoritative source stands for the count.
  const tallySources = (tally?.sources ?? [])
    .flatMap((id) => byId.get(id) ?? [])
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.published.localeCompare(a.published))
    .slice(0, 1);
  const ranked = [...publisherWeight.keys()].sort(
    (a, b) => publisherWeight.get(b)! - publisherWeight.get(a)! || a.localeCompare(b, "en"),
  );
  const publishers = [...new Set([...tallySources.map((source) => source.publisher), ...ranked])].slice(0, MAX_PUBLISHERS);

  const citations = publishers.map((publisher, index): Citation => {
    const source =
      tallySources.find((candidate) => candidate.publisher === publisher) ??
      [...citedBy.keys()]
        .flatMap((id) => byId.get(id) ?? [])
        .filter((candidate) => candidate.publisher === publisher)
        .sort(
          (a, b) =>
            citedBy.get(b.id)! - citedBy.get(a.id)! ||
            KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
            b.published.localeCompare(a.published) ||
            a.id.localeCompare(b.id),
        )[0]!;
    return { n: index + 1, id: source.id, title: source.title, publisher, published: source.published, url: source.url };
  });
  const allPublishers = new Set([...publisherWeight.keys(), ...publishers]);
  return { citations, publishers, otherPublishers: allPublishers.size - publishers.length };
}
