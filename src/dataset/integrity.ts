/**
 * Rules that span records and files: unique ids, references that resolve,
 * aliases that name one partner only, and official tallies that agree with
 * the registry.
 */
import type { DataIssue } from "./data-issue.ts";
import { endOfPeriod } from "./dates.ts";
import type { Located } from "./parse-records.ts";
import type { Agreement, Event, Fact, Group, Quote, Source, Tally, Topic } from "./schema.ts";

export interface LocatedDataset {
  sources: Located<Source>[];
  agreements: Located<Agreement>[];
  facts: Located<Fact>[];
  quotes: Located<Quote>[];
  tallies: Located<Tally>[];
  events: Located<Event>[];
  groups: Located<Group>[];
  topics: Located<Topic>[];
}

/**
 * Ids each referenced file declares (invalid records included); undefined
 * when the file could not be read at all, so its references are not checked
 * and one broken file does not bury the others under follow-on issues.
 */
export interface DeclaredIds {
  sources: ReadonlySet<string> | undefined;
  agreements: ReadonlySet<string> | undefined;
  events: ReadonlySet<string> | undefined;
}

export function checkIntegrity(data: LocatedDataset, declared: DeclaredIds): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const records of Object.values(data) as Located<{ id: string }>[][]) issues.push(...duplicateIds(records));

  const sourceIds = declared.sources;
  const agreementIds = declared.agreements;
  const eventIds = declared.events;
  const refs = (record: Located<unknown>, field: string, ids: readonly string[], known: ReadonlySet<string> | undefined, kind: string) =>
    ids.forEach((id, index) => {
      if (known !== undefined && !known.has(id)) issues.push(record.issue([field, index], `unknown ${kind} "${id}"`));
    });
  const ref = (record: Located<unknown>, field: string, id: string | undefined, known: ReadonlySet<string> | undefined, kind: string) => {
    if (id !== undefined && known !== undefined && !known.has(id)) issues.push(record.issue([field], `unknown ${kind} "${id}"`));
  };

  for (const record of data.agreements) {
    refs(record, "sources", record.value.sources, sourceIds, "source");
    refs(record, "events", record.value.events, eventIds, "event");
  }
  for (const record of data.facts) {
    refs(record, "sources", record.value.sources, sourceIds, "source");
    ref(record, "agreement", record.value.agreement, agreementIds, "agreement");
  }
  for (const record of data.quotes) {
    ref(record, "source", record.value.source, sourceIds, "source");
    ref(record, "agreement", record.value.agreement, agreementIds, "agreement");
  }
  for (const record of data.tallies) refs(record, "sources", record.value.sources, sourceIds, "source");
  for (const record of data.events) refs(record, "sources", record.value.sources, sourceIds, "source");
  for (const record of data.groups) refs(record, "members", record.value.members, agreementIds, "agreement");

  issues.push(...aliasClashes(data.agreements));
  // A tally can only be checked against a registry that loaded completely.
  if (declared.agreements !== undefined && declared.agreements.size === data.agreements.length) issues.push(...officialTallyMismatches(data));
  return issues;
}

function duplicateIds(records: readonly Located<{ id: string }>[]): DataIssue[] {
  const seen = new Map<string, Located<{ id: string }>>();
  const issues: DataIssue[] = [];
  for (const record of records) {
    const first = seen.get(record.value.id);
    if (first === undefined) seen.set(record.value.id, record);
    else {
      const firstLine = first.issue(["id"], "").line;
      issues.push(record.issue(["id"], `duplicate id "${record.value.id}"${firstLine === undefined ? "" : ` (first used on line ${firstLine})`}`));
    }
  }
  return issues;
}

/** A name that points at two partners would make questions about either one ambiguous. */
function aliasClashes(agreements: readonly Located<Agreement>[]): DataIssue[] {
  const owner = new Map<string, string>();
  const issues: DataIssue[] = [];
  for (const record of agreements) {
    const names = [record.value.partner, ...record.value.aliases];
    names.forEach((name, index) => {
      const key = name.trim().toLowerCase();
      const existing = owner.get(key);
      if (existing !== undefined && existing !== record.value.partner) {
        const path = index === 0 ? ["partner"] : ["aliases", index - 1];
        issues.push(record.issue(path, `"${name}" already names ${existing}`));
      } else owner.set(key, record.value.partner);
    });
  }
  return issues;
}

/** An official tally must equal the registry's count of officially counted agreements signed by its date. */
function officialTallyMismatches(data: LocatedDataset): DataIssue[] {
  return data.tallies
    .filter((record) => record.value.official)
    .flatMap((record) => {
      const until = endOfPeriod(record.value.asOf);
      const registry = data.agreements.filter(({ value }) => value.inOfficialCount && value.signed <= until).length;
      if (registry === record.value.count) return [];
      return [
        record.issue(
          ["count"],
          `official tally says ${record.value.count} as of ${record.value.asOf}, but agreements.yaml has ${registry} agreements with inOfficialCount: true signed by ${until}`,
        ),
      ];
    });
}
