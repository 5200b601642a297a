/**
 * The order the browser tests look for Chromium in (CHROMIUM_PATH, then a
 * system browser, then the npm package's), proven on pretend machines: the
 * executables are a list of paths and the npm browser is a stub.
 */
import { describe, expect, it, vi } from 'vitest';
import { ChromiumNotFoundError, findChromium, usableNpmFlags, type Lookup } from './find-chromium.ts';

const npmBrowser = { executablePath: '/tmp/sparticuz-chromium-153.0.0-uid0/chromium', args: ['--no-zygote'], version: '153.0.0' };

function machine({
  executables = [] as string[],
  env = {} as Lookup['env'],
  platform = 'linux' as NodeJS.Platform,
  arch = 'x64',
  npm = true,
} = {}) {
  const npmChromium = vi.fn(async () => (npm ? npmBrowser : undefined));
  const lookup: Lookup = {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    platform,
    arch,
    isExecutable: (path) => executables.includes(path),
    npmChromium,
  };
  return { lookup, npmChromium };
}

async function failure(lookup: Lookup): Promise<ChromiumNotFoundError> {
  const error: unknown = await findChromium(lookup).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChromiumNotFoundError);
  return error as ChromiumNotFoundError;
}

describe('finding Chromium for the browser tests', () => {
  it('uses CHROMIUM_PATH first, even when a system browser and the npm one are there', async () => {
    const { lookup, npmChromium } = machine({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
      executables: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    });
    expect(await findChromium(lookup)).toEqual({ executablePath: '/opt/chrome/chrome', args: [], source: 'CHROMIUM_PATH' });
    expect(npmChromium).not.toHaveBeenCalled();
  });

  it('stops with a message when CHROMIUM_PATH points at nothing, rather than quietly using another browser', async () => {
    const { lookup } = machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, executables: ['/usr/bin/chromium'] });
    expect((await failure(lookup)).message).toMatch(/^CHROMIUM_PATH is \/nowhere\/chrome, which is not an executable file/);
  });

  it('uses a system Chromium on PATH before the npm one, without unpacking the npm one', async () => {
    const { lookup, npmChromium } = machine({ executables: ['/usr/bin/chromium'] });
    expect(await findChromium(lookup)).toMatchObject({ executablePath: '/usr/bin/chromium', args: [] });
    expect(npmChromium).not.toHaveBeenCalled();
  });

  it('looks for chromium, chromium-browser, google-chrome and google-chrome-stable on PATH, in that order', async () => {
    const all = ['/usr/bin/google-chrome-stable', '/usr/local/bin/google-chrome', '/usr/bin/chromium-browser', '/usr/bin/chromium'];
    for (let i = 0; i < all.length; i++) {
      expect((await findChromium(machine({ executables: all.slice(0, i + 1) }).lookup)).executablePath).toBe(all[i]);
    }
  });

  it('finds Google Chrome where it installs itself on macOS and Windows', async () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect((await findChromium(machine({ platform: 'darwin', arch: 'arm64', executables: [mac] }).lookup)).executablePath).toBe(mac);
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const env = { PATH: 'C:\\Windows', ProgramFiles: 'C:\\Program Files' };
    expect((await findChromium(machine({ platform: 'win32', env, executables: [windows] }).lookup)).executablePath).toBe(windows);
  });

  it('falls back to the npm browser, with its flags, when there is no system browser', async () => {
    expect(await findChromium(machine().lookup)).toEqual({
      executablePath: npmBrowser.executablePath,
      args: ['--no-zygote'],
      source: '@sparticuz/chromium 153.0.0',
    });
  });

  it('leaves the npm browser alone on macOS, Windows and ARM Linux, which its Linux x64 browser cannot run on', async () => {
    for (const [platform, arch] of [
      ['darwin', 'arm64'],
      ['win32', 'x64'],
      ['linux', 'arm64'],
    ] as const) {
      const { lookup, npmChromium } = machine({ platform, arch });
      expect((await failure(lookup)).message).toContain(`not used: its browser is for Linux x64, and this is ${platform} ${arch}`);
      expect(npmChromium).not.toHaveBeenCalled();
    }
  });

  it('says in one message, without a stack trace, what it tried and how to fix it when there is no browser at all', async () => {
    const error = await failure(machine({ npm: false }).lookup);
    expect(error.message).toBe(
      [
        'No Chromium for the browser tests. Tried, in order:',
        '  1. CHROMIUM_PATH: not set',
        '  2. a system Chromium or Chrome: none of chromium, chromium-browser, google-chrome, google-chrome-stable on PATH',
        '  3. the npm package @sparticuz/chromium: not installed',
        'Fix: set CHROMIUM_PATH to a Chromium or Chrome executable, or install Chromium or Chrome, ' +
          'or (Linux x64) run `npm ci` so that the devDependency @sparticuz/chromium is installed.',
      ].join('\n'),
    );
    expect(error.stack).toBe(`ChromiumNotFoundError: ${error.message}`);
  });

  it('names the macOS places it looked in too', async () => {
    const error = await failure(machine({ platform: 'darwin', arch: 'arm64', env: { HOME: '/Users/ann' } }).lookup);
    expect(error.message).toContain(
      'on PATH, nor /Applications/Google Chrome.app/Contents/MacOS/Google Chrome, /Applications/Chromium.app/Contents/MacOS/Chromium, /Users/ann/Applications/Google Chrome.app',
    );
  });
});

describe('the npm browser’s own flags', () => {
  it('are kept, except --single-process and the two that relax web security', () => {
    expect(
      usableNpmFlags(['--no-zygote', '--single-process', '--disable-web-security', '--allow-running-insecure-content', '--in-process-gpu']),
    ).toEqual(['--no-zygote', '--in-process-gpu']);
  });
});
