// Renders every story of the built Storybook in headless Chromium, in the light and the dark theme,
// and fails on a render error, a console error or an axe violation.
//
//   npm run build-storybook && node scripts/check-stories.mjs
//
//   --only <text>    only stories whose id contains <text> (e.g. --only rating-badge)
//   --light-only     skip the dark theme pass
//   --dir <dir>      the built Storybook (default storybook-static)
//   --timeout <ms>   how long one render may take (default 15000)
//
// A story that means to log an error (a poster URL that 404s, say) lists what it expects in
// `parameters.storyCheck.allowConsoleErrors` (strings or RegExps). Axe follows the same
// `parameters.a11y` as Storybook's accessibility panel: `test: 'off'` skips it, `test: 'todo'` reports
// violations without failing, and `config`, `options` and `context` are passed to axe.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import axe from 'axe-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium-path.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    only: { type: 'string' },
    'light-only': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '15000' },
  },
});

const dir = resolve(options.dir);
const timeout = Number(options.timeout);
const themes = options['light-only'] ? ['light'] : ['light', 'dark'];

/**
 * A story in the built Storybook's index.json (the fields read here).
 * @typedef {{ id: string, type: string, importPath: string }} IndexEntry
 */
/**
 * What the page reported while a story rendered: a console error or an uncaught error.
 * @typedef {{ kind: 'console' | 'pageerror', text: string, where?: string }} PageEvent
 */
/**
 * A console error a story expects: a text it contains, or a RegExp's source and flags (a RegExp
 * itself does not cross from the page to Node.js).
 * @typedef {{ text: string, source?: undefined, flags?: undefined }
 *   | { text?: undefined, source: string, flags: string }} ConsolePattern
 */
/**
 * An element a story renders: a Lit element has an update cycle to wait for, others have none.
 * @typedef {Element & { isUpdatePending?: boolean, updateComplete?: Promise<boolean> }} StoryElement
 */

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * Serves the built Storybook; it has no server of its own and file:// would block its module loads.
 * @param {string} root
 * @returns {Promise<import('node:http').Server>}
 */
function serve(root) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      // The browser asks for one on every page; Storybook links its own SVG icon instead.
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      let file = join(root, decodeURIComponent(pathname));
      if (file !== root && !file.startsWith(root + sep))
        throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      // Nothing changes during a run: let the browser keep Storybook's ~2 MB of scripts between stories.
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'max-age=600',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// Runs in the page before Storybook: counts fetches in flight, so a story that loads its film from a
// URL is checked once the film is shown, not while its skeleton is.
function trackFetches() {
  let inFlight = 0;
  const fetch = window.fetch;
  window.fetch = function (...args) {
    inFlight++;
    return fetch.apply(this, args).finally(() => inFlight--);
  };
  Object.defineProperty(window, '__fetchesInFlight', { get: () => inFlight });
}

/** Waits in the page for the story's elements to settle, then runs axe on it. */
async function settleAndAudit() {
  const root = document.querySelector('#storybook-root');
  const story = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.story;
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

  // Custom elements inside shadow roots count too: a card renders its badges in its own.
  /**
   * @param {ParentNode} node
   * @param {StoryElement[]} [found]
   * @returns {StoryElement[]}
   */
  const customElementsIn = (node, found = []) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.includes('-')) found.push(element);
      if (element.shadowRoot) customElementsIn(element.shadowRoot, found);
    }
    return found;
  };

  const undefinedTags = new Set();
  let quiet = 0;
  for (let round = 0; round < 50 && quiet < 2; round++) {
    const pending = [];
    for (const element of customElementsIn(/** @type {Element} */ (root))) {
      if (!customElements.get(element.localName)) undefinedTags.add(element.localName);
      else if (element.isUpdatePending) pending.push(element.updateComplete);
    }
    const busy = pending.length > 0 || /** @type {any} */ (window).__fetchesInFlight > 0;
    quiet = busy ? 0 : quiet + 1;
    await Promise.all(pending);
    await frame();
  }
  await document.fonts.ready;
  const neverDefined = [...undefinedTags].filter((tag) => !customElements.get(tag));

  const a11y = story?.parameters?.a11y ?? {};
  const allowConsoleErrors = (story?.parameters?.storyCheck?.allowConsoleErrors ?? []).map(
    (/** @type {unknown} */ pattern) =>
      pattern instanceof RegExp
        ? { source: pattern.source, flags: pattern.flags }
        : { text: String(pattern) },
  );
  if (a11y.disable === true || a11y.test === 'off') return { neverDefined, allowConsoleErrors, axe: 'off' };

  // The same defaults as Storybook's accessibility panel, so the panel and this check agree: no
  // "region" rule, since a story is a fragment of a page, not a page with landmarks.
  const config = a11y.config ?? {};
  /** @type {any} */ (window).axe.reset();
  /** @type {any} */ (window).axe.configure({
    ...config,
    rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])],
  });
  const context = a11y.context ?? { include: ['#storybook-root'] };
  /** @type {import('axe-core').AxeResults} */
  const result = await /** @type {any} */ (window).axe.run(context, a11y.options ?? {});
  const violations = result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    // The summary's first line is only "Fix any of the following:"; the second says what is wrong.
    nodes: violation.nodes.map((node) => [
      node.target.join(' '),
      node.failureSummary?.split('\n')[1]?.trim(),
    ]),
  }));
  return { neverDefined, allowConsoleErrors, axe: a11y.test === 'todo' ? 'todo' : 'error', violations };
}

/**
 * @param {string} message
 * @param {ConsolePattern[]} patterns
 */
function allowed(message, patterns) {
  return patterns.some((pattern) =>
    pattern.text !== undefined
      ? message.includes(pattern.text)
      : new RegExp(pattern.source, pattern.flags).test(message),
  );
}

// Runs in the page: asks Storybook for another story or another theme, as its sidebar and toolbar
// do, and waits for that render to finish.
/**
 * @param {{ storyId: string, theme: string | undefined, timeout: number }} request
 * @returns {Promise<boolean>} whether the story finished rendering in time
 */
function navigate({ storyId, theme, timeout }) {
  return new Promise((resolve) => {
    const channel = /** @type {any} */ (window).__STORYBOOK_ADDONS_CHANNEL__;
    /** @param {boolean} finished */
    const finish = (finished) => {
      channel.off('storyFinished', onFinished);
      clearTimeout(timer);
      resolve(finished);
    };
    /** @param {{ storyId: string }} event */
    const onFinished = (event) => event.storyId === storyId && finish(true);
    const timer = setTimeout(() => finish(false), timeout);
    channel.on('storyFinished', onFinished);
    if (theme) channel.emit('updateGlobals', { globals: { theme } });
    else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

/**
 * Checks one story in one theme, reached in one of three ways. `load` opens it in a fresh page: the
 * first story of each file gets one, so a file whose stories work only because another file defined
 * their elements fails here as it would for a reader opening its link. `story` switches to it from a
 * story of the same file, and `theme` re-renders it in another theme, as the sidebar and toolbar do;
 * both cost a fraction of a page load.
 * @param {import('playwright-core').Page} page
 * @param {string} base the Storybook server's origin
 * @param {IndexEntry} entry
 * @param {string} theme
 * @param {PageEvent[]} events what the page reports, collected by the caller
 * @param {'load' | 'story' | 'theme'} via
 * @returns {Promise<{ problems: string[], warnings: string[] }>}
 */
async function checkStory(page, base, entry, theme, events, via) {
  events.length = 0;
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const warnings = [];

  if (via === 'load') {
    // a11y.manual stops the accessibility addon's own axe pass: this script runs axe itself, and two
    // passes at once would double the time and can trip over each other.
    const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=theme:${theme};a11y.manual:!true`;
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    if (!response?.ok())
      return {
        problems: [`iframe.html answered ${response?.status() ?? 'nothing'}: is the build complete?`],
        warnings,
      };
    try {
      await page.waitForFunction(
        () => {
          const classes = document.body.classList;
          const phase = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.phase;
          return (
            classes.contains('sb-show-errordisplay') ||
            classes.contains('sb-show-nopreview') ||
            phase === 'finished' ||
            phase === 'aborted'
          );
        },
        null,
        { timeout, polling: 20 },
      );
    } catch {
      problems.push(`did not finish rendering within ${timeout} ms`);
    }
  } else if (
    !(await page.evaluate(navigate, {
      storyId: entry.id,
      theme: via === 'theme' ? theme : undefined,
      timeout,
    }))
  ) {
    problems.push(`did not finish rendering within ${timeout} ms`);
  }

  const display = await page.evaluate(() => ({
    error: document.body.classList.contains('sb-show-errordisplay'),
    missing: document.body.classList.contains('sb-show-nopreview'),
    message: document.querySelector('#error-message')?.textContent?.trim() ?? '',
  }));
  if (display.missing) problems.push('Storybook found no such story');
  if (display.error) problems.push(`render error: ${display.message || 'see the story in Storybook'}`);

  let audit;
  if (!display.error && !display.missing && problems.length === 0) {
    try {
      audit = await page.evaluate(settleAndAudit);
    } catch (error) {
      problems.push(`could not audit the story: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
    }
  }

  for (const tag of audit?.neverDefined ?? []) problems.push(`<${tag}> is used but never defined`);
  for (const event of events) {
    if (
      event.kind === 'console' &&
      allowed(`${event.text} ${event.where ?? ''}`, audit?.allowConsoleErrors ?? [])
    )
      continue;
    // Stack traces point into minified bundles; the message and the file it came from say enough.
    const text = event.text.split('\n')[0] + (event.where ? ` (${event.where})` : '');
    problems.push(event.kind === 'console' ? `console error: ${text}` : `uncaught error: ${text}`);
  }
  for (const violation of audit?.violations ?? []) {
    const lines = [`axe ${violation.id} (${violation.impact}): ${violation.help}`];
    for (const [target, summary] of violation.nodes.slice(0, 3))
      lines.push(`  at ${target}${summary ? ` — ${summary}` : ''}`);
    if (violation.nodes.length > 3) lines.push(`  and ${violation.nodes.length - 3} more`);
    (audit?.axe === 'todo' ? warnings : problems).push(lines.join('\n'));
  }
  return { problems, warnings };
}

async function main() {
  if (!chromiumPath) {
    console.error(
      'No Chromium found: install it (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH.',
    );
    return 1;
  }
  /** @type {{ entries: Record<string, IndexEntry> }} */
  let index;
  try {
    index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  } catch {
    console.error(`No built Storybook in ${dir}: run \`npm run build-storybook\` first.`);
    return 1;
  }
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => !options.only || entry.id.includes(options.only));
  if (stories.length === 0) {
    console.error('No stories to check.');
    return 1;
  }

  const started = Date.now();
  const server = await serve(dir);
  const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let failed = 0;
  try {
    // Storybook waits a fixed 100 ms per render for animations to settle, unless its user agent
    // names its own test runner; with reduced motion asked for, there should be none to wait for.
    const probe = await browser.newPage();
    const userAgent = `${await probe.evaluate(() => navigator.userAgent)} StorybookTestRunner`;
    await probe.close();
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      reducedMotion: 'reduce',
      userAgent,
    });
    // A story must not depend on the network: outside requests fail here every time, not only when
    // a server is down, so a story that makes one is caught at once.
    await context.route(
      (url) => !url.href.startsWith(base),
      (route) => route.abort('internetdisconnected'),
    );
    await context.addInitScript(trackFetches);
    await context.addInitScript(axe.source);
    const page = await context.newPage();
    /** @type {PageEvent[]} */
    const events = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url?.replace(base, '');
      events.push({
        kind: 'console',
        text: message.text(),
        where: where && !message.text().includes(where) ? where : undefined,
      });
    });
    page.on('pageerror', (error) => events.push({ kind: 'pageerror', text: error.message }));

    let previous;
    let order = themes;
    for (const entry of stories) {
      const storyStarted = Date.now();
      // After a failure the page may be in any state: start the next story afresh.
      const sameFile = previous && !previous.failed && previous.entry.importPath === entry.importPath;
      // Each story starts in the theme the last one ended in, saving a re-render per story.
      if (sameFile) order = [...order].reverse();
      else order = themes;
      // Most problems show in every theme: print each once, with the themes it showed in.
      /** @type {Map<string, { fail: boolean, themes: string[] }>} */
      const report = new Map();
      for (const [index, theme] of order.entries()) {
        const via = index > 0 ? 'theme' : sameFile ? 'story' : 'load';
        const { problems, warnings } = await checkStory(page, base, entry, theme, events, via);
        /** @param {string} text @param {boolean} fail */
        const note = (text, fail) =>
          report.set(text, { fail, themes: [...(report.get(text)?.themes ?? []), theme] });
        for (const problem of problems) note(problem, true);
        for (const warning of warnings) note(`(a11y todo) ${warning}`, false);
      }
      const fails = [...report.values()].some((line) => line.fail);
      if (fails) failed++;
      previous = { entry, failed: fails };
      console.log(`${fails ? 'FAIL' : 'ok  '} ${entry.id}  ${Date.now() - storyStarted} ms`);
      for (const [text, line] of report)
        console.log(`     [${line.themes.join(', ')}] ${text.replaceAll('\n', '\n     ')}`);
    }
  } finally {
    await browser.close();
    server.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${stories.length} stories checked, ${failed} failed (themes: ${themes.join(', ')}; ${seconds} s)`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
