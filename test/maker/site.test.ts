// `npm run build:site` (scripts/build-site.mjs): the demo and the card maker as a static folder,
// served here below a path it was not built for (test/maker/routes.mjs, /built-site/any/path/).
import { expect, waitUntil } from '@open-wc/testing';

const base = '/built-site/any/path/';
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openFrame(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 1200px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the static site build (npm run build:site)', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  before(async function () {
    this.timeout(60_000);
    const build = (await (await fetch('/built-site/build.json')).json()) as {
      status: number;
      stderr: string;
    };
    expect(build.status, build.stderr).to.equal(0);
  });

  it('serves the demo from any path: cards load their films and posters by relative URLs', async () => {
    const frame = await openFrame(`${base}index.html`);
    const card = frame.contentDocument!.querySelector('film-card[src]')!;
    await waitUntil(() => card.shadowRoot?.querySelector('img')?.complete, 'the card did not load', {
      timeout: 10_000,
    });
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Parasite');
    const poster = card.shadowRoot!.querySelector('img')!;
    expect(poster.src).to.include(`${base}demo/posters/`);
    expect(poster.naturalWidth, 'the poster loaded').to.be.greaterThan(0);
  });

  it('serves the card maker from any path, with its static HTML renderer', async () => {
    const frame = await openFrame(`${base}demo/maker.html`);
    const page = frame.contentDocument!;
    const film = await (await fetch('/real/imdb-jsonld-the-dark-knight.json')).text();
    const pasted = page.querySelector<HTMLTextAreaElement>('#maker-json')!;
    pasted.value = film;
    pasted.dispatchEvent(new Event('input', { bubbles: true }));
    const output = page.querySelector<HTMLTextAreaElement>('[data-output="static"] textarea')!;
    await waitUntil(() => output.value.includes('shadowrootmode'), 'no static HTML', { timeout: 20_000 });
    expect(output.value).to.include('The Dark Knight');
    const preview = page.querySelector('#maker-desktop film-card')!;
    await waitUntil(() => text(preview.shadowRoot?.querySelector('[part~="title"]')) === 'The Dark Knight');
  });
});
