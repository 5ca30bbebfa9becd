/**
 * The timeline in words: a caption for a picture (count and as-of date) and a
 * month-by-month listing for terminals.
 */
import type { TimelineModel } from "./model.ts";
import { isUncounted, type TimelineStrings } from "./strings.ts";

/** One or two plain-text sentences to send with the picture. */
export function timelineCaption(model: TimelineModel, strings: TimelineStrings): string {
  const asOf = strings.date(model.asOf);
  const sentences = [
    model.year === null ? strings.captionAll(model.officialTotal, asOf) : strings.captionYear(model.year, model.countedInRange, model.officialTotal, asOf),
  ];
  const uncounted = model.points.filter((point) => isUncounted(point.status)).flatMap((point) => point.partners);
  if (uncounted.length > 0) sentences.push(strings.captionUncounted(uncounted));
  if (model.highlight !== null) sentences.push(strings.captionHighlight(model.highlight));
  return sentences.join(" ");
}

/**
 * Month by month, e.g. `2024-02  Germany, France, Canada, Italy  [6]`: the
 * partners that signed that month and the official count at its end;
 * milestone lines start with ◆; partners outside the count carry `*`.
 */
export function textTimeline(model: TimelineModel, strings: TimelineStrings): string {
  const months = new Map<string, { partners: string[]; count: number | null; milestones: string[] }>();
  const month = (date: string) => {
    const key = date.slice(0, 7);
    let entry = months.get(key);
    if (entry === undefined) {
      entry = { partners: [], count: null, milestones: [] };
      months.set(key, entry);
    }
    return entry;
  };
  for (const milestone of model.milestones) {
    const when = strings.date(milestone.date);
    month(milestone.date).milestones.push(`◆ ${milestone.name} (${milestone.town === null ? when : `${milestone.town}, ${when}`})`);
  }
  for (const point of model.points) {
    const entry = month(point.date);
    entry.partners.push(...point.partners.map((partner) => (isUncounted(point.status) ? `${partner}*` : partner)));
    if (!isUncounted(point.status)) entry.count = point.count;
  }

  const lines = [model.year === null ? strings.textHeader : `${strings.textHeader} — ${model.year}`];
  let count = model.countBefore;
  for (const [key, entry] of [...months].sort(([a], [b]) => a.localeCompare(b))) {
    for (const milestone of entry.milestones) lines.push(`${key}  ${milestone}`);
    if (entry.partners.length === 0) continue;
    count = entry.count ?? count;
    lines.push(`${key}  ${entry.partners.join(", ")}  [${count}]`);
  }
  if (model.points.some((point) => isUncounted(point.status))) lines.push(strings.textUncounted);
  lines.push(`${strings.footerAsOf(strings.date(model.asOf))} ${strings.footerSources(model.publishers, model.otherPublishers)}`);
  return lines.join("\n");
}
