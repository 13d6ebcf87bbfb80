/**
 * The font the timeline picture is drawn with: Be Vietnam Pro (SIL OFL), shipped as TrueType in
 * an npm package, so the picture looks the same offline on Windows and Linux. resvg reads
 * TrueType/OpenType files only (no woff2), and only real files: in a packaged app the package must
 * be unpacked beside app.asar (electron-builder `asarUnpack`); without it, system fonts are used.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
const FONT_FILES = [
  '400Regular/BeVietnamPro_400Regular.ttf',
  '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
  '700Bold/BeVietnamPro_700Bold.ttf',
  '700Bold_Italic/BeVietnamPro_700Bold_Italic.ttf',
];

export const SHIPPED_FONT_FAMILY = 'Be Vietnam Pro';

/**
 * Where native code can read a file: a path inside app.asar is only readable by Electron's own fs,
 * so its copy in app.asar.unpacked is taken, or nothing.
 */
export function readableFontPath(file: string, exists: (file: string) => boolean): string | null {
  const inArchive = `${path.sep}app.asar${path.sep}`;
  if (!file.includes(inArchive)) return exists(file) ? file : null;
  const unpacked = file.replace(inArchive, `${path.sep}app.asar.unpacked${path.sep}`);
  return exists(unpacked) ? unpacked : null;
}

let cached: string[] | undefined;

/** Paths of the shipped font files; empty when they cannot be read (the SVG's system fonts are used then). */
export function shippedFontFiles(): string[] {
  if (cached) return cached;
  // __filename, not import.meta: the CLI and Electron main are bundled to CommonJS.
  const require = createRequire(__filename);
  cached = FONT_FILES.flatMap((file) => {
    try {
      const readable = readableFontPath(require.resolve(`${FONT_PACKAGE}/${file}`), fs.existsSync);
      return readable === null ? [] : [readable];
    } catch {
      return [];
    }
  });
  return cached;
}
