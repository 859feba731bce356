#!/usr/bin/env node
// film-cards render <file.json|-> [options]: prints a card as static HTML, rendered by the same
// renderFilmCard() that the library exports for static site builds (film-cards/ssr.js).
// Exit codes: 0 done, 1 the film could not be read or rendered, 2 the command line is wrong.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const usage = `Usage: film-cards render <file.json|-> [options]

Prints a <film-card> as static HTML (declarative shadow DOM, the film embedded as JSON, a plain
link for readers without shadow DOM). The film is this library's JSON, schema.org JSON-LD, TMDB or
OMDb JSON; "-" reads it from standard input.

Options:
  --variant <full|compact|poster>  layout (default full)
  --theme <light|dark|auto>        force a color scheme, or follow the reader's with auto
                                   (default: the page's color-scheme)
  --region <CC>                    whose offers to show, an ISO 3166-1 code such as GB
  --lang <tag>                     the language to render in, BCP 47 (default en)
  --heading-level <1-6>            the level of the title heading (default 3)
  --watchlist local                keep the watchlist in the reader's browser
  --json-ld                        also write schema.org Movie JSON-LD for search engines
  --no-fallback                    leave out the plain "Title (year)" link
  --base <url>                     the page's address, to keep relative poster URLs
  --script <url>                   add a script tag that loads the drop-in bundle from <url>
  -h, --help                       this text
  -v, --version                    the version of film-cards

Exit codes: 0 printed, 1 the film could not be read, 2 wrong command line.
`;

const choices = {
  variant: ['full', 'compact', 'poster'],
  theme: ['light', 'dark', 'auto'],
  watchlist: ['local'],
};

class UsageError extends Error {}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        variant: { type: 'string' },
        theme: { type: 'string' },
        region: { type: 'string' },
        lang: { type: 'string' },
        'heading-level': { type: 'string' },
        watchlist: { type: 'string' },
        'json-ld': { type: 'boolean' },
        'no-fallback': { type: 'boolean' },
        base: { type: 'string' },
        script: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs' own messages name the option ("Unknown option '--colour'").
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, positionals };
  const [command, file, ...rest] = positionals;
  if (command !== 'render') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (file === undefined) throw new UsageError('render needs a file, or "-" for standard input');
  if (rest.length) throw new UsageError(`one file at a time: unexpected "${rest.join(' ')}"`);
  for (const [name, allowed] of Object.entries(choices)) {
    if (values[name] !== undefined && !allowed.includes(values[name])) {
      throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${values[name]}"`);
    }
  }
  if (values.region !== undefined && !/^[A-Za-z]{2}$/.test(values.region)) {
    throw new UsageError(`--region must be a two-letter country code such as GB, not "${values.region}"`);
  }
  if (values['heading-level'] !== undefined && !/^[1-6]$/.test(values['heading-level'])) {
    throw new UsageError(`--heading-level must be 1 to 6, not "${values['heading-level']}"`);
  }
  for (const name of ['base', 'script']) {
    if (values[name] !== undefined && !URL.canParse(values[name], 'https://example.com/')) {
      throw new UsageError(`--${name} must be a URL, not "${values[name]}"`);
    }
  }
  if (values.base !== undefined && !URL.canParse(values.base)) {
    throw new UsageError(
      `--base must be an absolute URL such as https://blog.example/post/, not "${values.base}"`,
    );
  }
  return { values, file };
}

async function readInput(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return { text: Buffer.concat(chunks).toString('utf8'), name: 'standard input' };
  }
  try {
    return { text: await readFile(file, 'utf8'), name: file };
  } catch (error) {
    const reason = { ENOENT: 'no such file', EISDIR: 'a directory, not a file', EACCES: 'not readable' }[
      error.code
    ];
    throw new Error(`cannot read ${file}: ${reason ?? error.message}`);
  }
}

function parseJson({ text, name }) {
  if (!text.trim()) throw new Error(`${name} is empty: expected the film as JSON`);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${name} is not JSON: ${error.message}`);
  }
}

/** The renderer, from this package's build; its server renderer is an optional peer dependency. */
async function loadRenderer() {
  try {
    return await import('../dist/ssr/index.js');
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(error.message)) {
      throw new Error('rendering needs @lit-labs/ssr next to film-cards: npm install @lit-labs/ssr');
    }
    if (error.code === 'ERR_MODULE_NOT_FOUND' && /dist[\\/]ssr/.test(error.message)) {
      throw new Error('this copy of film-cards is not built: run npm run build first');
    }
    throw error;
  }
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function main(argv) {
  const { values, file } = parse(argv);
  if (values.help) return process.stdout.write(usage);
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    return process.stdout.write(`${pkg.version}\n`);
  }
  const film = parseJson(await readInput(file));
  const { renderFilmCard } = await loadRenderer();
  const attributes = {
    variant: values.variant,
    theme: values.theme,
    region: values.region?.toUpperCase(),
    watchlist: values.watchlist,
    'heading-level': values['heading-level'] === undefined ? undefined : Number(values['heading-level']),
  };
  const html = renderFilmCard(film, {
    lang: values.lang,
    jsonLd: values['json-ld'] ?? false,
    fallback: !values['no-fallback'],
    base: values.base,
    attributes,
    warn: (message) => process.stderr.write(`${message}\n`),
  });
  const script = values.script
    ? `\n<script type="module" src="${escapeAttribute(values.script)}"></script>`
    : '';
  process.stdout.write(`${html}${script}\n`);
}

main(process.argv.slice(2)).catch((error) => {
  const usageError = error instanceof UsageError;
  // Messages from the renderer already start with the library's name.
  const message = String(error.message).replace(/^film-cards: /, '');
  process.stderr.write(`film-cards: ${message}\n${usageError ? 'Run film-cards --help for usage.\n' : ''}`);
  process.exitCode = usageError ? 2 : 1;
});
