/**
 * Enhancement modules: the small framework-free scripts a page loads to enhance HTML that already
 * works without them (docs/architecture.md#enhancement-modules). `npm run enhancements`
 * (scripts/build-enhancements.ts) bundles each `components/<area>/<name>.enhance.ts` into
 * `.enhancements/<name>.<hash>.js` and lists them in `.enhancements/manifest.json`; a page asks
 * `enhancementSrc(name)` for the address to put in its `<script type="module">`, and
 * app/enhance/[file]/route.ts serves the files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isPlainObject } from '../format/json';

/** The URL path the modules are served under: `/enhance/<name>.<hash>.js`. */
export const ENHANCEMENT_PATH = '/enhance';

/** The build folder the modules and their manifest are written to, relative to the project root. */
export const ENHANCEMENT_DIR = '.enhancements';

/** The manifest's file name inside ENHANCEMENT_DIR. */
export const ENHANCEMENT_MANIFEST = 'manifest.json';

/** The command that writes the modules and the manifest. */
export const ENHANCEMENT_COMMAND = 'npm run enhancements';

/** What the manifest says about one module. */
export type EnhancementEntry = {
  /** The address pages load it from: `/enhance/<name>.<hash>.js`. */
  path: string;
  /** Size of the minified file. */
  bytes: number;
  /** Size of the file gzipped (level 9): what a browser downloads. */
  gzipBytes: number;
};

/** Module name → entry. */
export type EnhancementManifest = Record<string, EnhancementEntry>;

/** A module's name: the file name without `.enhance.ts`, lowercase words joined by hyphens. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A built file's name: `<name>.<hex content hash>.js`. */
const FILE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([0-9a-f]{8,64})\.js$/;

/** Whether `name` can name an enhancement module (the part of `<name>.enhance.ts` before `.enhance.ts`). */
export function isEnhancementName(name: string): boolean {
  return NAME.test(name);
}

/** The built file name of module `name` whose content hash is `hash` (hex). */
export function enhancementFileName(name: string, hash: string): string {
  const fileName = `${name}.${hash}.js`;
  if (FILE_NAME.exec(fileName)?.[1] !== name) throw new Error(`not an enhancement module file name: ${fileName}`);
  return fileName;
}

/**
 * Checks the manifest as read from disk (an untrusted JSON value) and returns it typed. Every path
 * must be `/enhance/<name>.<hash>.js` for its own name, so a path can never leave the folder.
 */
export function parseEnhancementManifest(value: unknown): EnhancementManifest {
  if (!isPlainObject(value)) throw new Error('the enhancement manifest is not a JSON object');
  const manifest: EnhancementManifest = {};
  for (const [name, entry] of Object.entries(value)) {
    if (
      !isPlainObject(entry) ||
      typeof entry.path !== 'string' ||
      typeof entry.bytes !== 'number' ||
      typeof entry.gzipBytes !== 'number'
    ) {
      throw new Error(`the enhancement manifest's entry "${name}" is not { path, bytes, gzipBytes }`);
    }
    const fileName = entry.path.startsWith(`${ENHANCEMENT_PATH}/`) ? entry.path.slice(ENHANCEMENT_PATH.length + 1) : '';
    if (!isEnhancementName(name) || FILE_NAME.exec(fileName)?.[1] !== name) {
      throw new Error(`the enhancement manifest's entry "${name}" has a bad path: ${entry.path}`);
    }
    manifest[name] = { path: entry.path, bytes: entry.bytes, gzipBytes: entry.gzipBytes };
  }
  return manifest;
}

/** The manifest and the modules of one build folder. */
export type EnhancementReader = {
  /** The address of module `name`, for `<script type="module" src>`; throws naming the command to run when it is missing. */
  src: (name: string) => string;
  /** The file a request for `/enhance/<segments…>` names (a file name in the folder), or undefined. */
  resolveFile: (segments: readonly string[]) => string | undefined;
};

/**
 * A reader of the manifest in `dir` (a `.enhancements` folder). The manifest is read on first use
 * and kept for the life of the process (a build replaces the server too); a missing or broken one
 * is not kept, so the next call reads again.
 */
export function enhancementReader(dir: string): EnhancementReader {
  let manifest: EnhancementManifest | undefined;
  const load = (): EnhancementManifest => {
    if (manifest) return manifest;
    const file = path.join(dir, ENHANCEMENT_MANIFEST);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read ${file}: run \`${ENHANCEMENT_COMMAND}\` first (${String(error)})`);
    }
    try {
      manifest = parseEnhancementManifest(JSON.parse(text));
    } catch (error) {
      throw new Error(`${file} is not a valid manifest: run \`${ENHANCEMENT_COMMAND}\` again (${String(error)})`);
    }
    return manifest;
  };
  return {
    src(name) {
      const entry = load()[name];
      if (!entry) {
        throw new Error(
          `No enhancement module "${name}" in ${path.join(dir, ENHANCEMENT_MANIFEST)}: is there a components/<area>/${name}.enhance.ts? Run \`${ENHANCEMENT_COMMAND}\`.`,
        );
      }
      return entry.path;
    },
    resolveFile(segments) {
      const [fileName, ...rest] = segments;
      if (fileName === undefined || rest.length > 0 || !FILE_NAME.test(fileName)) return undefined;
      let current: EnhancementManifest;
      try {
        current = load();
      } catch {
        return undefined;
      }
      const wanted = `${ENHANCEMENT_PATH}/${fileName}`;
      return Object.values(current).some((entry) => entry.path === wanted) ? fileName : undefined;
    },
  };
}

let reader: EnhancementReader | undefined;

/** The reader of this project's `.enhancements/` (under the working directory, where the server runs). */
function projectReader(): EnhancementReader {
  reader ??= enhancementReader(path.join(/* turbopackIgnore: true */ process.cwd(), ENHANCEMENT_DIR));
  return reader;
}

/**
 * The address of enhancement module `name` (`/enhance/<name>.<hash>.js`) from this build's manifest,
 * read once per process. Throws, naming `npm run enhancements`, when the manifest or the module is
 * missing: a page that declares a module must never silently ship without it.
 */
export function enhancementSrc(name: string): string {
  return projectReader().src(name);
}

/**
 * For the route handler: the file in `.enhancements/` that `/enhance/<segments…>` names, or
 * undefined. Only one segment, shaped `<name>.<hash>.js` and listed in the manifest, names a file:
 * not the manifest itself, not an older build's file, no `..` or other way out of the folder.
 */
export function resolveEnhancementFile(segments: readonly string[]): string | undefined {
  return projectReader().resolveFile(segments);
}
