// A build step for the drop-in bundle: English stays in each element's message catalog
// (src/*/messages.ts), and every other language becomes a chunk of its own that the bundle loads
// only on a page in that language (src/i18n/languages.ts). The catalogs stay the one source of
// the messages: they are read here as written, by evaluating each module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const PREFIX = '\0messages-';

/** Each catalog module's exports, by file: evaluated once per build. */
async function readCatalogs(root) {
  const catalogs = new Map();
  for (const dir of readdirSync(join(root, 'src'), { withFileTypes: true })) {
    const file = join(root, 'src', dir.name, 'messages.ts');
    if (!dir.isDirectory()) continue;
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const { code } = await transform(source, { loader: 'ts', format: 'esm' });
    if (/^\s*import\s[^'"]*['"]/m.test(code.replace(/^\s*import\s+type\b.*$/gm, '')))
      throw new Error(`${file}: a message catalog must not import values (it is evaluated at build time).`);
    catalogs.set(file, await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`));
  }
  return catalogs;
}

const isCatalog = (value) => value && typeof value === 'object' && 'en' in value;
const languageOf = (locale) => locale.split('-')[0];

/** The Vite plugin; `root` is the project's root directory. */
export function languageChunks(root) {
  let catalogs;
  const load = async () => (catalogs ??= await readCatalogs(root));
  return {
    name: 'film-cards:language-chunks',
    buildStart() {
      catalogs = undefined;
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? id : undefined),
    async load(id) {
      const all = await load();
      if (all.has(id)) {
        // English only; the other languages come with their chunks.
        return Object.entries(all.get(id))
          .map(([name, value]) => {
            const kept = isCatalog(value) ? { en: value.en } : value;
            return `export const ${name} = ${JSON.stringify(kept)};`;
          })
          .join('\n');
      }
      if (id.endsWith('/src/i18n/languages.ts')) {
        const languages = new Set();
        for (const exports of all.values())
          for (const value of Object.values(exports))
            if (isCatalog(value))
              for (const locale of Object.keys(value)) if (locale !== 'en') languages.add(languageOf(locale));
        const source = readFileSync(id, 'utf8');
        const packs = [...languages].map(
          (language) => `${JSON.stringify(language)}: () => import(${JSON.stringify(PREFIX + language)})`,
        );
        return source.replace(
          /export const languagePacks:[^\n]*= \{\};/,
          `export const languagePacks = { ${packs.join(', ')} };`,
        );
      }
      if (id.startsWith(PREFIX)) {
        const language = id.slice(PREFIX.length);
        const lines = [];
        let n = 0;
        for (const [file, exports] of all)
          for (const [name, value] of Object.entries(exports)) {
            if (!isCatalog(value)) continue;
            const tables = Object.fromEntries(
              Object.entries(value).filter(([locale]) => locale !== 'en' && languageOf(locale) === language),
            );
            if (!Object.keys(tables).length) continue;
            lines.push(`import { ${name} as c${n} } from ${JSON.stringify(file)};`);
            lines.push(`Object.assign(c${n++}, ${JSON.stringify(tables)});`);
          }
        return lines.join('\n');
      }
      return undefined;
    },
  };
}
