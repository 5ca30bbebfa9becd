/** One problem found in a data file, precise enough for a curator to fix it without a debugger. */
export interface DataIssue {
  /** The file, relative to the corpus directory's parent, e.g. `data/facts.yaml`. */
  file: string;
  /** The record's id, or its position written `[3]` (0-based) when the id is missing or unusable. */
  record?: string;
  /** Field path inside the record, e.g. `sources[0]`; empty for file-level problems. */
  path: string;
  /** 1-based line of the offending node, where the file gives one. */
  line?: number;
  message: string;
}
