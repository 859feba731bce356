// `film-cards render` (bin/film-cards.mjs) as a static site build runs it: the test server runs the
// command on a real answer (test/maker/routes.mjs, /cli/render), and the HTML it prints is loaded
// as a page of its own. It renders from dist/, so run `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function render(file: string, ...args: string[]): Promise<Run> {
  const query = new URLSearchParams({ file });
  for (const arg of args) query.append('arg', arg);
  return (await fetch(`/cli/render?${query}`)).json() as Promise<Run>;
}

async function openHtml(html: string): Promise<HTMLIFrameElement> {
  const response = await fetch('/maker/page', {
    method: 'POST',
    body: JSON.stringify({ kind: 'html', code: html }),
  });
  const { url } = (await response.json()) as { url: string };
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 800px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tmdb = 'test/fixtures/real/tmdb-movie-details.json';

describe('film-cards render (the command line)', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("prints a card from TMDB's real answer that paints with no script: title, year, rating", async () => {
    const run = await render(tmdb, '--variant', 'compact', '--region', 'GB');
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.include('shadowrootmode="open"');
    expect(run.stdout).not.to.include('<script type="module"');
    const frame = await openHtml(run.stdout);
    const card = frame.contentDocument!.querySelector('film-card')!;
    expect(frame.contentWindow!.customElements.get('film-card')).to.equal(undefined);
    const root = card.shadowRoot!;
    expect(text(root.querySelector('[part~="title"]'))).to.equal('Fight Club');
    expect(text(root.querySelector('[part~="meta"]'))).to.include('1999');
    expect(text(root.querySelector('[part~="rating-value"]'))).to.equal('8.4');
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(card.getBoundingClientRect().height, 'the card paints').to.be.greaterThan(100);
  });

  it('adds the script tag with --script, and the bundle takes the printed card over', async () => {
    const run = await render(tmdb, '--script', '/dist/film-cards.js');
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout.trim()).to.match(/<script type="module" src="\/dist\/film-cards\.js"><\/script>$/);
    const frame = await openHtml(run.stdout);
    const card = frame.contentDocument!.querySelector('film-card') as HTMLElement & { hasUpdated: boolean };
    const title = card.shadowRoot!.querySelector('[part~="title"]');
    await waitUntil(() => card.hasUpdated, 'the bundle did not hydrate the card', { timeout: 10_000 });
    expect(card.shadowRoot!.querySelector('[part~="title"]')).to.equal(title);
    expect(text(title)).to.equal('Fight Club');
  });

  it("writes schema.org JSON-LD with --json-ld, from IMDb's real JSON-LD", async () => {
    const run = await render('test/fixtures/real/imdb-jsonld-the-dark-knight.json', '--json-ld');
    expect(run.status, run.stderr).to.equal(0);
    const frame = await openHtml(run.stdout);
    const script = frame.contentDocument!.querySelector('film-card > script[type="application/ld+json"]');
    const json = JSON.parse(script!.textContent) as { '@type': string; name: string };
    expect(json['@type']).to.equal('Movie');
    expect(json.name).to.equal('The Dark Knight');
  });

  it('exits with 1 and one line on standard error when the file is not a film', async () => {
    const run = await render('test/fixtures/real/tmdb-resource-not-found.json');
    expect(run.status).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr.trim().split('\n')).to.have.length(1);
    expect(run.stderr).to.match(/^film-cards: /);
  });

  it('takes each theme the card takes, auto included, and writes it on the card', async () => {
    for (const theme of ['light', 'dark', 'auto']) {
      const run = await render(tmdb, '--theme', theme);
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stdout, theme).to.match(new RegExp(`<film-card[^>]* theme="${theme}"`));
    }
  });

  it('exits with 2 and points to --help when an option is wrong', async () => {
    const run = await render(tmdb, '--variant', 'huge');
    expect(run.status).to.equal(2);
    expect(run.stderr).to.include('--variant must be one of full, compact, poster');
    expect(run.stderr).to.include('film-cards --help');
  });
});
