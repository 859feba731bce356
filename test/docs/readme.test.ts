// The README is the front door: short, and everything it names exists. Its commands name scripts
// package.json has, and every link to a file of the repository (from the README and the guides
// under docs/) resolves on the test server, which serves the repository as it is.
import { expect } from '@open-wc/testing';

/** The pages whose links are checked; each link is resolved against its page. */
const pages = [
  'README.md',
  'docs/README.md',
  'docs/frameworks.md',
  'docs/server-rendering.md',
  'docs/reference/README.md',
  'docs/reference/film-card.md',
  'examples/eleventy/README.md',
];
/** Topic guides written on their own branches; once they are merged, this list is empty. */
const read = async (path: string) => {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`/${path}: HTTP ${response.status}`);
  return response.text();
};

/** Relative link targets of a markdown page, without their #fragment, as repository paths. */
function links(page: string, markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  return targets
    .filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'))
    .map((target) => new URL(target.split('#')[0]!, `https://repo.invalid/${page}`).pathname.slice(1));
}

describe('README and guides', () => {
  it('keeps the README within 250 lines', async () => {
    const lines = (await read('README.md')).trimEnd().split('\n');
    expect(lines.length).to.be.at.most(250);
  });

  it('names only npm scripts that package.json has', async () => {
    const readme = await read('README.md');
    const { scripts } = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    const named = [...readme.matchAll(/npm (?:run ([\w:-]+)|(test|start)\b)/g)].map(
      (match) => match[1] ?? match[2]!,
    );
    expect(named.length).to.be.greaterThan(5);
    expect(named.filter((name) => !(name in scripts))).to.deep.equal([]);
  });

  it('links only to files the repository has', async () => {
    const missing: string[] = [];
    for (const page of pages) {
      for (const target of links(page, await read(page))) {
        // A folder link shows its README on a code host.
        const path =
          target.endsWith('/') || !/\.\w+$/.test(target) ? `${target.replace(/\/$/, '')}/README.md` : target;
        const response = await fetch(`/${path}`, { method: 'HEAD' });
        if (!response.ok) missing.push(`${page} → ${target}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });
});
