/**
 * The one font the timeline is drawn and measured with: DejaVu Sans from the
 * `dejavu-fonts-ttf` package (Bitstream Vera licence, free to redistribute),
 * so text renders the same on a machine with no system fonts at all.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const FONT_FAMILY = "DejaVu Sans";

export interface FontFiles {
  regular: string;
  bold: string;
}

/** Absolute paths of the regular and bold faces, resolved the way Node resolves the package. */
export function fontFiles(): FontFiles {
  const ttf = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return { regular: join(ttf, "DejaVuSans.ttf"), bold: join(ttf, "DejaVuSans-Bold.ttf") };
}

/** Width in pixels of one line of `text` at `fontSize` pixels. */
export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** The parts of an opentype.js font used here; its typings lack `position`. */
interface OpenTypeFont {
  unitsPerEm: number;
  charToGlyph(char: string): { index: number; advanceWidth?: number };
  position: {
    getKerningTables(script: string): unknown;
    getKerningValue(tables: unknown, left: number, right: number): number;
  };
}

let measurer: Promise<MeasureText> | null = null;

/**
 * Measures text with the same font files resvg draws with: advance widths
 * and GPOS kerning, the way resvg lays out a line. Loaded once per process.
 */
export function loadMeasureText(): Promise<MeasureText> {
  measurer ??= createMeasureText().catch((error: unknown) => {
    measurer = null;
    throw error;
  });
  return measurer;
}

async function createMeasureText(): Promise<MeasureText> {
  const opentype = (await import("opentype.js")).default;
  const files = fontFiles();
  const [regular, bold] = await Promise.all(
    [files.regular, files.bold].map(async (file) => {
      const bytes = await readFile(file);
      // lowMemory parses glyphs on demand: a tenth of the start-up cost.
      return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { lowMemory: true }) as unknown as OpenTypeFont;
    }),
  );
  const cache = new Map<string, number>();
  return (text, fontSize, isBold = false) => {
    const key = `${isBold ? "b" : "r"}${text}`;
    let em = cache.get(key);
    if (em === undefined) {
      const font = isBold ? bold! : regular!;
      em = advance(font, text) / font.unitsPerEm;
      cache.set(key, em);
    }
    return em * fontSize;
  };
}

function advance(font: OpenTypeFont, text: string): number {
  let units = 0;
  let previous: number | null = null;
  for (const char of text) {
    const glyph = font.charToGlyph(char);
    units += glyph.advanceWidth ?? 0;
    if (previous !== null) {
      const tables = font.position.getKerningTables(/[\u0400-\u04ff]/.test(char) ? "cyrl" : "latn");
      if (tables) units += font.position.getKerningValue(tables, previous, glyph.index);
    }
    previous = glyph.index;
  }
  return units;
}
