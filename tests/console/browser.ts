import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../helpers/test-app';

const repoRoot = path.resolve(__dirname, '../..');
const consoleDist = path.join(repoRoot, 'console', 'dist');
const CHROMIUM = '/usr/bin/chromium';

/** The API serving the built console, and a headless Chromium to drive it. */
export interface ConsoleHarness {
  t: TestApp;
  /** The server's root URL (the console is served at `${root}/`). */
  root: string;
  /** A fresh tab signed in as `username` (the profile is shared, so earlier sessions and language are forgotten). */
  signIn(username: string): Promise<Page>;
  /** A fresh tab at `path`, without signing in (the public portal). */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startConsole(): Promise<ConsoleHarness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium fonts-noto-cjk"`);
  }
  if (consoleBuildIsStale()) {
    execFileSync('pnpm', ['--filter', '@integrity/console', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const t = await startTestApp({ consoleDir: consoleDist });
  const root = t.url.replace(/\/graphql$/, '');
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-test-'));
  let browser: BrowserContext | undefined;
  try {
    browser = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await t.close();
    throw error;
  }
  browser.setDefaultTimeout(15_000);
  const context = browser;

  return {
    t,
    root,
    async signIn(username) {
      const page = await context.newPage();
      await page.goto(`${root}/`);
      await page.evaluate('localStorage.clear()');
      // A new document, so nothing the console loaded for the previous user (identity, permissions)
      // can arrive after this sign-in and stand in for it.
      await page.reload();
      await page.goto(`${root}/#/login`);
      await page.locator('input[name="username"]').fill(username);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('欢迎，').waitFor();
      return page;
    },
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${root}${path}`);
      return page;
    },
    async close() {
      await context.close();
      await t.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A menu entry of the sidebar, by its exact label. */
export const menu = (page: Page, name: string): Locator => page.getByRole('menuitem', { name, exact: true });

/** The value shown beside a label on a show page (react-admin's Labeled). */
export const labeled = (page: Page, label: string): Locator =>
  page.locator('.RaLabeled-label', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::*[1]');

/** The built console is missing, or older than some source file of the console. */
function consoleBuildIsStale(): boolean {
  const index = path.join(consoleDist, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const full = path.join(dir, entry.name);
      return Math.max(max, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
    }, 0);
  return newest(path.join(repoRoot, 'console', 'src')) > built;
}
