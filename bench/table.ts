/**
 * What a benchmark section reports (tables, targets, raw figures) and how it
 * is printed: aligned plain-text tables, targets with ✓ / ✗.
 */

/** Options every section receives from `bench/run.ts`. */
export interface BenchOptions {
  /** Fewer runs and samples: a rough run in well under a minute. Default false. */
  quick: boolean;
}

/** One part of `npm run bench` (the engine now; the Telegram and Discord paths plug in the same way). */
export interface BenchSection {
  name: string;
  /** @param progress Receives progress lines (printed on stderr, so `--json` output stays clean). */
  run(options: BenchOptions, progress: (line: string) => void): Promise<SectionReport>;
}

export interface Table {
  title: string;
  /** Header of each column; the first column is left-aligned, the others right-aligned. */
  columns: string[];
  rows: string[][];
  /** Lines printed under the table: how the figures were taken. */
  notes?: string[];
}

export interface TargetCheck {
  /** What is measured, e.g. "answer() p99, real corpus". */
  name: string;
  /** The target as the issue states it, e.g. "≤ 1 ms". */
  target: string;
  /** The measured figure, formatted. */
  figure: string;
  met: boolean;
}

export interface SectionReport {
  section: string;
  tables: Table[];
  targets: TargetCheck[];
  /** The raw figures, for `--json`. */
  data: unknown;
}

export function renderTable(table: Table): string {
  const widths = table.columns.map((header, column) => Math.max(width(header), ...table.rows.map((row) => width(row[column] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const pad = " ".repeat((widths[column] ?? 0) - width(cell));
        return column === 0 ? cell + pad : pad + cell;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((size) => "─".repeat(size)).join("  ");
  return [table.title, line(table.columns), rule, ...table.rows.map(line), ...(table.notes ?? []).map((note) => `  ${note}`)].join("\n");
}

export function renderTargets(targets: readonly TargetCheck[]): string {
  return renderTable({
    title: "Targets",
    columns: ["", "target", "measured", ""],
    rows: targets.map((check) => [check.name, check.target, check.figure, check.met ? "✓" : "✗"]),
  });
}

export function renderReport(report: SectionReport): string {
  const parts = report.tables.map(renderTable);
  if (report.targets.length > 0) parts.push(renderTargets(report.targets));
  return [`══ ${report.section} ══`, ...parts].join("\n\n");
}

/** A duration: "0.123 ms", "4.56 ms", "123 ms", "12.6 s". */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${(value / 1000).toFixed(1)} s`;
}

/** Bytes as megabytes: "42.1 MB". */
export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MB` : "–";
}

/** A ratio: "1.84". */
export function ratio(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : "–";
}

/** Growth relative to the real corpus: "×12.3" (empty for the real corpus itself). */
export function growth(value: number, base: number, isBase: boolean): string {
  if (isBase) return "";
  return Number.isFinite(value / base) ? `×${(value / base).toFixed(value / base < 10 ? 2 : 1)}` : "–";
}

/** Characters shown for a cell: code points, which is what a monospace terminal shows for this text. */
function width(text: string): number {
  return Array.from(text).length;
}
