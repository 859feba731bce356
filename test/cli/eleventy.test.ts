// The Eleventy example (examples/eleventy): its shortcode renders cards at build time with
// renderFilmCard(), so the built page shows them with no script, and the bundle copied beside the
// page takes them over. The test server runs the build (test/maker/routes.mjs, /eleventy/site/)
// from dist/, so run `npm run build` first (npm test does).
import { expect, waitUntil } from '@open-wc/testing';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function openFrame(url: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 800px; height: 900px; border: 0';
  // Without allow-scripts the page is what a reader without JavaScript gets.
  if (!scripts) frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the Eleventy example', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  before(async function () {
    this.timeout(60_000);
    const build = (await (await fetch('/eleventy/site/build.json')).json()) as {
      status: number;
      stderr: string;
    };
    expect(build.status, build.stderr).to.equal(0);
  });

  it('builds a page whose cards the filmCard shortcode rendered, shown with scripts off', async () => {
    const frame = await openFrame('/eleventy/site/index.html', false);
    const cards = [...frame.contentDocument!.querySelectorAll('film-card')];
    expect(cards.map((card) => text(card.shadowRoot?.querySelector('[part~="title"]')))).to.deep.equal([
      'Little Pyongyang',
      'Nosferatu',
    ]);
    expect(frame.contentWindow!.customElements.get('film-card')).to.equal(undefined);
    const [first] = cards;
    expect(first!.getAttribute('region')).to.equal('GB');
    expect(text(first!.shadowRoot!.querySelector('[part~="meta"]'))).to.include('2018');
    expect(
      first!.querySelector('script[type="application/ld+json"]'),
      'JSON-LD for search engines',
    ).not.to.equal(null);
  });

  it('copies the bundle beside the page, and it takes the cards over', async () => {
    const frame = await openFrame('/eleventy/site/index.html', true);
    const card = frame.contentDocument!.querySelector('film-card') as HTMLElement & { hasUpdated: boolean };
    const title = card.shadowRoot!.querySelector('[part~="title"]');
    await waitUntil(() => card.hasUpdated, 'the bundle did not hydrate the card', { timeout: 10_000 });
    expect(card.shadowRoot!.querySelector('[part~="title"]')).to.equal(title);
  });
});
