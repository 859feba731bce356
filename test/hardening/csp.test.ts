// The drop-in bundle on a page with a strict Content-Security-Policy and Trusted Types. The test
// runner injects scripts into the pages it serves, which such a policy would block, so the pages
// come from test/server/routes.mjs untouched (/api/csp/NAME.html) and are read from an iframe.
import { expect } from '@open-wc/testing';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

type CspWindow = Window &
  typeof globalThis & {
    cspViolations: Violation[];
    pageErrors: string[];
    inlineScriptRan?: boolean;
    canaryInnerHTML?: string;
  };

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function open(path: string): Promise<CspWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 2400px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as CspWindow;
}

/** Waits for every element to be defined and rendered, and for the card with `src` to load. */
async function rendered(win: CspWindow) {
  const doc = win.document;
  await Promise.all(
    ['film-card', 'rating-badge', 'watch-availability', 'watchlist-button'].map((tag) =>
      win.customElements.whenDefined(tag),
    ),
  );
  const fromSrc = doc.getElementById('src')!;
  if (fromSrc.shadowRoot?.querySelector('[part~="title"]') === null || !fromSrc.shadowRoot) {
    await new Promise((resolve) => fromSrc.addEventListener('film-load', resolve, { once: true }));
  }
  // A card draws its badges, availability block and watchlist button in its own shadow root: no
  // element inside it to wait for.
  for (let round = 0; round < 3; round++) {
    const all = [
      ...doc.querySelectorAll<Updating>('film-card, rating-badge, watch-availability, watchlist-button'),
    ];
    await Promise.all(all.map((el) => el.updateComplete));
  }
  // Images and the stars' fill have had a frame to apply.
  await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 50)));
}

/** Resolves once a (lazy) image has loaded or failed. */
const settled = (img: HTMLImageElement) =>
  img.complete && img.naturalWidth
    ? Promise.resolve(img)
    : new Promise<HTMLImageElement>((resolve) => {
        img.addEventListener('load', () => resolve(img), { once: true });
        img.addEventListener('error', () => resolve(img), { once: true });
      });

const shadow = (win: Window, id: string) => win.document.getElementById(id)!.shadowRoot!;
const text = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('strict Content-Security-Policy with Trusted Types', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.clear();
  });

  it('is enforced and observed: the canary page is blocked and reported', async () => {
    const win = await open('/api/csp/canary.html');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.inlineScriptRan, 'inline script').to.equal(undefined);
    expect(win.canaryInnerHTML, 'innerHTML with a string').to.equal('blocked');
    const directives = win.cspViolations.map((violation) => violation.directive);
    expect(directives).to.include('script-src-elem');
    expect(directives).to.include('style-src-attr');
    expect(directives).to.include('require-trusted-types-for');
  });

  for (const [name, path] of [
    ['the policy', '/api/csp/page.html'],
    [
      'the policy naming its Trusted Types policies (trusted-types lit-html film-cards)',
      '/api/csp/page.html?trusted-types=lit-html%20film-cards',
    ],
  ] as const) {
    it(`renders every element with zero violations under ${name}`, async () => {
      const win = await open(path);
      await rendered(win);

      // A card from attributes, with its poster, rating badge and watchlist button.
      const attributes = shadow(win, 'attributes');
      expect(text(attributes, '[part~="title"]')).to.equal('Little Pyongyang');
      expect(
        (await settled(attributes.querySelector<HTMLImageElement>('[part~="poster"] img')!)).naturalWidth,
        'poster',
      ).to.be.greaterThan(0);
      const innerBadge = attributes.querySelector('[part~="rating-badge"]')!;
      expect(innerBadge.getAttribute('aria-label')).to.equal(
        'Rated 7.5 out of 10 by 39 IMDb users (few ratings)',
      );
      const innerStars = innerBadge.querySelector('[part~="rating-stars"]')!.getBoundingClientRect().width;
      const innerFill = innerBadge.querySelector('.rating-filled')!.getBoundingClientRect().width;
      expect(innerFill / innerStars, "the card's stars, filled in proportion").to.be.closeTo(0.75, 0.02);
      // A card from a same-origin src, and one from inline JSON-LD.
      expect(text(shadow(win, 'src'), '[part~="title"]')).to.equal('Parasite');
      // Its availability block, drawn in the card's own shadow root: the GB offers of the response.
      expect(
        [...shadow(win, 'src').querySelectorAll('[part~="availability-provider"]')].map((provider) =>
          provider.textContent.trim(),
        ),
        "the card's offers",
      ).to.include.members(['Apple TV+', 'Apple TV']);
      // Its JSON-LD for search engines, written into the light DOM under Trusted Types.
      const jsonLd = win.document.querySelector('#src > script[type="application/ld+json"]');
      expect(JSON.parse(jsonLd!.textContent).name).to.equal('Parasite');
      expect(text(shadow(win, 'inline'), '[part~="title"]')).to.equal('Nosferatu');
      expect(text(shadow(win, 'inline'), '[part~="facts"]')).to.contain('F. W. Murnau');
      // Offers from a JSON attribute and a <watch-offer> child, and the empty state.
      const links = [
        ...shadow(win, 'availability').querySelectorAll<HTMLAnchorElement>('a[part~="offer"]'),
      ].map((link) => link.href);
      expect(links).to.deep.equal(['https://example.com/streamflix', 'https://example.com/rent']);
      expect(
        (await settled(shadow(win, 'availability').querySelector<HTMLImageElement>('[part~="logo"]')!))
          .naturalWidth,
        'logo',
      ).to.be.greaterThan(0);
      expect(shadow(win, 'empty').querySelector('[part~="notify"]')).not.to.equal(null);
      // The stars are filled in proportion: 7.5 of 10 is three quarters of the meter.
      const badge = shadow(win, 'badge');
      const stars = badge.querySelector('[part~="stars"]')!.getBoundingClientRect().width;
      const filled = badge.querySelector('.rating-filled')!.getBoundingClientRect().width;
      expect(filled / stars).to.be.closeTo(0.75, 0.02);
      // The watchlist button works and saves.
      const button = shadow(win, 'button').querySelector('button')!;
      button.click();
      await (win.document.getElementById('button') as Updating).updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      // The saved watchlist loads on demand: a click is saved when it arrives.
      for (let i = 0; i < 100 && !win.localStorage.getItem('film-cards:watchlist'); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(win.localStorage.getItem('film-cards:watchlist')).to.contain('tt8954732');

      expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
      expect(win.pageErrors, 'errors').to.deep.equal([]);
    });
  }

  describe('two copies of the library on one page (each brings Lit, and Lit its "lit-html" policy)', () => {
    const badge = async (win: CspWindow) => {
      await win.customElements.whenDefined('rating-badge');
      await (win.document.getElementById('badge') as Updating).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return shadow(win, 'badge').querySelector('[part~="badge"]')!.getAttribute('aria-label');
    };

    it("work with trusted-types lit-html 'allow-duplicates'", async () => {
      const win = await open(
        `/api/csp/twice.html?trusted-types=${encodeURIComponent("lit-html 'allow-duplicates'")}`,
      );
      expect(await badge(win)).to.equal('Rated 8 out of 10 by TMDB');
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it("need 'allow-duplicates': without it the second copy throws as it loads (the first still works)", async () => {
      const win = await open('/api/csp/twice.html?trusted-types=lit-html');
      expect(await badge(win)).to.equal('Rated 8 out of 10 by TMDB');
      expect(win.cspViolations.map((violation) => violation.directive)).to.deep.equal(['trusted-types']);
      expect(win.pageErrors).to.have.length(1);
      expect(win.pageErrors[0]).to.contain('Policy with name "lit-html" already exists');
    });
  });
});
