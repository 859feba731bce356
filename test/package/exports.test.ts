// package.json against the single list of npm entries (scripts/entries.mjs), which the build, the
// type checker's paths and Storybook already share: a new entry that is built but not exported,
// exported without types, or exported but not built fails here instead of in a user's install.
import { expect } from '@open-wc/testing';
import { entries } from '../../scripts/entries.mjs';

interface Conditions {
  types?: string;
  default?: string;
}

interface Manifest {
  modules: { path: string; exports?: { kind: string; name: string }[] }[];
}

const json = async <T>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;
const pkg = await json<{
  name: string;
  exports: Record<string, string | Conditions>;
  sideEffects: string[];
  customElements: string;
  files: string[];
}>('/package.json');
const tsconfig = await json<{ compilerOptions: { paths: Record<string, string[]> } }>('/tsconfig.json');

/** `film-cards/rating-badge.js` -> `./rating-badge.js`; `film-cards` -> `.` */
const subpath = (specifier: string) => `.${specifier.slice(pkg.name.length)}`;
/** `src/rating-badge/define.ts` -> `./dist/rating-badge/define` */
const built = (source: string) => `./dist/${source.replace(/^src\//, '').replace(/\.ts$/, '')}`;
/** The exports that are not built from a source entry, each for its own reason. */
const extra: Record<string, string> = {
  './film-cards.js': 'the drop-in bundle, built from src/register.ts with Lit inside',
  './jsx': 'JSX typings generated from the manifest',
  './vue': 'Vue typings generated from the manifest',
  './custom-elements.json': 'the custom elements manifest',
  './package.json': 'for tools that read the package metadata',
};
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );

describe('package.json', () => {
  it('exports every npm entry, with its types, from the file the build makes of it', () => {
    for (const [specifier, source] of Object.entries(entries)) {
      expect(pkg.exports[subpath(specifier)], specifier).to.deep.equal({
        types: `${built(source)}.d.ts`,
        default: `${built(source)}.js`,
      });
    }
  });

  it('exports nothing else but the bundle, the generated typings and the metadata', () => {
    const fromEntries = Object.keys(entries).map(subpath);
    expect(Object.keys(pkg.exports).filter((key) => !fromEntries.includes(key))).to.have.members(
      Object.keys(extra),
    );
  });

  it('gives every JavaScript export its types', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') expect(target, key).to.match(/\.json$/);
      else expect(target.types, key).to.match(/\.d\.ts$/);
    }
  });

  it('points every export at a file the build made', async () => {
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    for (const target of targets) {
      const response = await fetch(target.slice(1), { method: 'HEAD' });
      expect(response.status, target).to.equal(200);
    }
  });

  it('maps the same entries for the type checker as for the build', () => {
    const expected = Object.fromEntries(
      Object.entries(entries).map(([specifier, source]) => [specifier, [`./${source}`]]),
    );
    expect(tsconfig.compilerOptions.paths).to.deep.equal(expected);
  });

  it('marks every module that registers an element as a side effect, in dist and in src', async () => {
    const manifest = await json<Manifest>(`/${pkg.customElements}`);
    const registering = manifest.modules.filter((module) =>
      module.exports?.some((entry) => entry.kind === 'custom-element-definition'),
    );
    expect(registering.map((module) => module.path)).to.have.length(5);
    const patterns = pkg.sideEffects.map(glob);
    for (const path of [
      ...registering.map((module) => module.path),
      ...registering.map((module) => module.path.replace(/^dist\/(.+)\.js$/, 'src/$1.ts')),
      'dist/index.js',
      'dist/register.js',
      'dist/film-cards.js',
      'src/index.ts',
      'src/register.ts',
    ]) {
      expect(
        patterns.some((pattern) => pattern.test(path)),
        path,
      ).to.equal(true);
    }
    // The classes alone register nothing, so a bundler may drop the ones an app does not use.
    expect(patterns.some((pattern) => pattern.test('dist/elements.js'))).to.equal(false);
  });

  it('marks every React entry as a side effect, so that film-cards/react defines every element in a bundled app', () => {
    const react = Object.entries(entries).filter(([specifier]) => specifier.startsWith(`${pkg.name}/react`));
    expect(react.map(([specifier]) => specifier)).to.include(`${pkg.name}/react/rating-badge.js`);
    const patterns = pkg.sideEffects.map(glob);
    for (const [, source] of react)
      for (const path of [`${built(source).slice(2)}.js`, source])
        expect(
          patterns.some((pattern) => pattern.test(path)),
          path,
        ).to.equal(true);
  });
});
