/**
 * Which Chromium the browser tests drive, looked up in this order:
 *
 *   1. CHROMIUM_PATH, when set (and then nothing else: a wrong path is an error, not a hint);
 *   2. a system Chromium or Chrome: chromium, chromium-browser, google-chrome or
 *      google-chrome-stable on PATH, then Chrome's usual install places on macOS and Windows;
 *   3. the browser in the npm package @sparticuz/chromium (a devDependency, so `npm ci` brings
 *      it from the npm registry; its browser is Linux x64 only), unpacked once into the
 *      temporary folder.
 *
 * Nothing here downloads a browser. When none is found, ChromiumNotFoundError says what was
 * tried and how to fix it, in one message without a stack trace.
 *
 * `findChromium(lookup)` takes the machine as a parameter (environment, platform, which files
 * are executable, the npm browser) so the order is unit-tested without three browsers.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export interface FoundChromium {
  executablePath: string;
  /** Flags this browser needs on top of the project's own ([] for CHROMIUM_PATH and a system browser). */
  args: string[];
  /** Where it came from, for messages: "CHROMIUM_PATH", "the system (on PATH)", "@sparticuz/chromium 153.0.0". */
  source: string;
}

/** The browser from @sparticuz/chromium, unpacked and ready to launch. */
export interface NpmChromium {
  executablePath: string;
  args: string[];
  version: string;
}

/** The machine, as the lookup sees it. */
export interface Lookup {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  isExecutable(path: string): boolean;
  /** Unpacks the npm browser (the first time) and returns it; undefined when the package is not installed. */
  npmChromium(): Promise<NpmChromium | undefined>;
}

export const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export class ChromiumNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumNotFoundError';
    // The message says everything; where in this file it was thrown would only bury it.
    this.stack = `${this.name}: ${message}`;
  }
}

const HOW_TO_FIX =
  'Fix: set CHROMIUM_PATH to a Chromium or Chrome executable, or install Chromium or Chrome, ' +
  'or (Linux x64) run `npm ci` so that the devDependency @sparticuz/chromium is installed.';

export async function findChromium(lookup: Lookup = thisMachine): Promise<FoundChromium> {
  const override = lookup.env.CHROMIUM_PATH;
  if (override) {
    if (lookup.isExecutable(override)) return { executablePath: override, args: [], source: 'CHROMIUM_PATH' };
    throw new ChromiumNotFoundError(
      `CHROMIUM_PATH is ${override}, which is not an executable file. ` +
        'Point it at a Chromium or Chrome executable, or unset it to let the tests look for one.',
    );
  }

  const paths = lookup.platform === 'win32' ? win32 : posix;
  const dirs = (lookup.env.PATH ?? '').split(paths.delimiter).filter(Boolean);
  const onPath = SYSTEM_NAMES.flatMap((name) => dirs.map((dir) => paths.join(dir, name)));
  const installed = installPlaces(lookup);
  const system = [...onPath, ...installed].find((path) => lookup.isExecutable(path));
  if (system) return { executablePath: system, args: [], source: `the system (${system})` };

  let npm: string;
  if (lookup.platform !== 'linux' || lookup.arch !== 'x64') {
    npm = `not used: its browser is for Linux x64, and this is ${lookup.platform} ${lookup.arch}`;
  } else {
    const found = await lookup.npmChromium();
    if (found) return { executablePath: found.executablePath, args: found.args, source: `@sparticuz/chromium ${found.version}` };
    npm = 'not installed';
  }

  throw new ChromiumNotFoundError(
    [
      'No Chromium for the browser tests. Tried, in order:',
      '  1. CHROMIUM_PATH: not set',
      `  2. a system Chromium or Chrome: none of ${SYSTEM_NAMES.join(', ')} on PATH` +
        (installed.length ? `, nor ${installed.join(', ')}` : ''),
      `  3. the npm package @sparticuz/chromium: ${npm}`,
      HOW_TO_FIX,
    ].join('\n'),
  );
}

/** Where Chrome and Chromium install themselves on macOS and Windows (Linux puts them on PATH). */
function installPlaces({ platform, env }: Lookup): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const roots = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => posix.join(root, app)));
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.map((root) => win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return [];
}

/**
 * @sparticuz/chromium's flags are meant for AWS Lambda. Three are left out:
 * --single-process makes the browser exit when a test closes a browser context, and
 * --disable-web-security and --allow-running-insecure-content would let the tests pass pages a
 * reader's browser refuses (the search tests check the Content-Security-Policy).
 */
const NPM_FLAGS_LEFT_OUT = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export function usableNpmFlags(args: readonly string[]): string[] {
  return args.filter((flag) => !NPM_FLAGS_LEFT_OUT.has(flag));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The package's executablePath() decompresses the browser (about 200 MB, some seconds) into
 * os.tmpdir() and reuses whatever is there named "chromium" afterwards. So that test files
 * running in parallel never launch a half-written browser, nor another version's, it is run in
 * a child process whose TMPDIR is a fresh folder, which is then renamed into place, one folder
 * per package version (and user). If two processes race, the first rename wins and the other
 * discards its copy.
 */
async function npmChromium(): Promise<NpmChromium | undefined> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const { default: chromium } = await import('@sparticuz/chromium');
  const dir = join(tmpdir(), `sparticuz-chromium-${version}-uid${process.getuid?.() ?? 0}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    const staging = mkdtempSync(`${dir}.partial-`);
    try {
      const unpack = `const { default: c } = await import(${JSON.stringify(pathToFileURL(entry).href)}); await c.executablePath();`;
      await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', unpack], { env: { ...process.env, TMPDIR: staging } });
      renameSync(staging, dir);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw error;
    }
  }
  return { executablePath, args: usableNpmFlags(chromium.args), version };
}

const thisMachine: Lookup = { env: process.env, platform: process.platform, arch: process.arch, isExecutable, npmChromium };
