import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { a11ySnapshot, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import '../../src/rating-badge/define.js';
import type { RatingBadge } from '../../src/rating-badge/rating-badge.js';
import type { Film } from '../../src/data/film.js';
import type { WatchlistEvent } from '../../src/watchlist/events.js';
import { setInWatchlist } from '../../src/watchlist/store.js';
import { captureWarnings } from '../helpers/console.js';
import { onOneLine } from '../helpers/layout.js';
import { countUpdates } from '../helpers/updates.js';

const parasite: Film = {
  id: 'parasite-2019',
  title: 'Parasite',
  originalTitle: '기생충',
  year: 2019,
  releaseDate: '2019-05-30',
  runtime: 132,
  language: 'ko',
  genres: ['Comedy', 'Thriller', 'Drama'],
  synopsis:
    'A family living on odd jobs in a semi-basement flat talks its way, one member at a time, into the household of a rich family, until a secret hidden in the house turns the scheme upside down. Sharp, funny and brutal by turns.',
  poster: { src: '/demo/posters/parasite.svg', width: 342, height: 513 },
  directors: [{ name: 'Bong Joon-ho' }],
  ratings: [{ source: 'imdb', value: 8.5, scale: 10, votes: 1_000_000 }],
  href: 'https://example.com/films/parasite',
  availability: [
    {
      region: 'GB',
      offers: [{ provider: 'StreamFlix', kind: 'stream', href: 'https://example.com/streamflix/parasite' }],
    },
  ],
};

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const items = (el: Element, name: string) =>
  [...(part(el, name)?.children ?? [])].map((item) => item.textContent.trim());
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();

async function card(template: ReturnType<typeof html>) {
  const el = await fixture<FilmCard>(template);
  await el.updateComplete;
  return el;
}

/** The toggle buttons a reader can see, through every shadow root of the card. */
function visibleToggles(root: Element | ShadowRoot): HTMLButtonElement[] {
  const found: HTMLButtonElement[] = [];
  for (const element of (root instanceof Element ? root.shadowRoot! : root).querySelectorAll('*')) {
    if (element.matches('button[aria-pressed]') && element.getClientRects().length)
      found.push(element as HTMLButtonElement);
    if (element.shadowRoot) found.push(...visibleToggles(element.shadowRoot));
  }
  return found;
}

async function settled(el: FilmCard) {
  await el.updateComplete;
  await Promise.all(
    [...shadow(el).querySelectorAll('*')]
      .filter(
        (child): child is HTMLElement & { updateComplete: Promise<unknown> } => 'updateComplete' in child,
      )
      .map((child) => child.updateComplete),
  );
}

describe('<film-card>', () => {
  afterEach(() => localStorage.clear());

  it('is accessible', async () => {
    const el = await card(html`<film-card .film=${parasite}></film-card>`);
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await card(html`<film-card theme="dark" .film=${parasite}></film-card>`);
    await settled(el);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(28, 28, 33)');
  });

  it('renders every part of a complete film', async () => {
    const el = await card(html`<film-card .film=${parasite}></film-card>`);
    expect(part(el, 'card')!.tagName).to.equal('ARTICLE');
    expect(text(el, 'title')).to.equal('Parasite');
    expect(text(el, 'original-title')).to.contain('기생충');
    expect(items(el, 'meta')).to.deep.equal(['2019', '2 hr 12 min', 'Comedy, Thriller, Drama']);
    expect(text(el, 'facts')).to.contain('Korean').and.contain('Bong Joon-ho').and.contain('May 30, 2019');
    expect(text(el, 'rating-badge')).to.equal('IMDb ★★★★★★★★★★ 8.5 /10 (1M)');
    expect(part(el, 'availability')).not.to.equal(null);
    expect(part(el, 'watchlist')).not.to.equal(null);
  });

  it("shows the author's fallback content as a block, one paragraph under the other, while it has no film", async () => {
    const phone = await fixture<HTMLDivElement>(
      html`<div style="width: 375px"><film-card><a href="https://example.com/parasite">Parasite (2019)</a><p>A poor family schemes to become employed by a wealthy one.</p></film-card></div>`,
    );
    const el = phone.querySelector('film-card')!;
    await el.updateComplete;
    const link = el.querySelector('a')!.getBoundingClientRect();
    const paragraph = el.querySelector('p')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(paragraph.top, 'the paragraph under the link').to.be.at.least(link.bottom);
    expect(paragraph.width, "the paragraph's width").to.be.closeTo(box.width, 1);
    expect(paragraph.right, 'inside the card').to.be.at.most(box.right + 0.5);
  });

  // OMDb names the language ("Korean"); `lang` takes a language tag, and a screen reader a voice from it.
  it('marks the original title with the language as a tag, and not with a language given by name', async () => {
    const tagged = await card(html`<film-card .film=${parasite}></film-card>`);
    const byTag = part(tagged, 'original-title')!.querySelector('[dir="auto"]')!;
    expect(byTag.getAttribute('lang')).to.equal('ko');
    const named = await card(html`<film-card .film=${{ ...parasite, language: 'Korean' }}></film-card>`);
    const byName = part(named, 'original-title')!.querySelector('[dir="auto"]')!;
    expect(byName.textContent).to.equal('기생충');
    expect(byName.hasAttribute('lang'), 'lang="Korean"').to.equal(false);
    expect(text(named, 'facts')).to.contain('Korean');
  });

  it('draws its rating badges as <rating-badge> draws the same ratings, without an element each', async () => {
    const ratings = [
      { source: 'imdb', value: 7.5, scale: 10, votes: 39 },
      { source: 'letterboxd', value: 4.1, scale: 5, votes: 1_500_000 },
      { source: 'rotten-tomatoes', value: 92, scale: 100 },
      // Just under <rating-badge>'s default few-votes: both add the hint.
      { source: 'Kinopoisk', value: 0, scale: 10, votes: 99 },
    ];
    for (const lang of ['en', 'fr', 'it']) {
      const el = await card(
        html`<film-card lang=${lang} .film=${{ title: 'Parasite', ratings }}></film-card>`,
      );
      expect(shadow(el).querySelector('rating-badge'), 'no element').to.equal(null);
      const drawn = [...shadow(el).querySelectorAll('[part~="rating-badge"]')];
      const alone = await fixture(html`<div lang=${lang}>
        ${ratings.map(
          (rating) =>
            html`<rating-badge source=${rating.source} value=${rating.value} max=${rating.scale} votes=${rating.votes ?? ''}></rating-badge>`,
        )}
      </div>`);
      const badges = [...alone.querySelectorAll<RatingBadge>('rating-badge')];
      await Promise.all(badges.map((badge) => badge.updateComplete));
      const read = (badge: Element) => ({
        label: badge.getAttribute('aria-label'),
        lang: badge.getAttribute('lang'),
        text: badge.textContent.replace(/\s+/g, ' ').trim(),
        fill: (
          badge.querySelector<HTMLElement>('.rating-filled')?.style.getPropertyValue('--fill') ?? ''
        ).trim(),
      });
      expect(read(drawn[0]!).fill, 'the stars filled to 7.5 of 10').to.equal('75%');
      expect(drawn.map(read), lang).to.deep.equal(
        badges.map((badge) => read(badge.shadowRoot!.querySelector('[part~="badge"]')!)),
      );
    }
  });

  it('leaves out every part it has no data for', async () => {
    const el = await card(html`<film-card film-title="Only a title"></film-card>`);
    expect(text(el, 'title')).to.equal('Only a title');
    for (const name of [
      'original-title',
      'meta',
      'ratings',
      'facts',
      'synopsis',
      'more',
      'availability',
      'watchlist',
    ]) {
      expect(part(el, name), name).to.equal(null);
    }
    expect(part(el, 'poster')!.classList.contains('placeholder')).to.equal(true);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).textContent).not.to.match(/undefined|NaN|null/);
  });

  it('renders the seed film written as a blogger writes it', async () => {
    const el = await card(html`<film-card
      film-id="little-pyongyang-2018"
      film-title="Little Pyongyang"
      year="2018"
      runtime="24"
      language="ko"
      genres="Documentary"
      rating="7.5"
      votes="39"
      rating-source="imdb"
      region="GB"
    ></film-card>`);
    await settled(el);
    expect(items(el, 'meta')).to.deep.equal(['2018', '24 min', 'Documentary']);
    expect(items(el, 'facts')).to.deep.equal(['Original language', 'Korean']);
    expect(part(el, 'rating-badge')!.getAttribute('aria-label')).to.equal(
      'Rated 7.5 out of 10 by 39 IMDb users (few ratings)',
    );
  });

  it('says a film written by hand streams nowhere, with offers="none"', async () => {
    const el = await card(
      html`<film-card film-id="lp" film-title="Little Pyongyang" region="GB" offers="none"></film-card>`,
    );
    await settled(el);
    expect(part(el, 'availability-empty')!.textContent).to.contain(
      'Not available to stream in the United Kingdom',
    );
  });

  it('takes offers written by hand as <watch-offer> children or JSON', async () => {
    const children = await card(html`<film-card film-title="Parasite" region="GB">
      <watch-offer provider="StreamFlix" kind="stream" href="https://example.com/s"></watch-offer>
      <watch-offer provider="FilmBox" kind="rent" price="3.49" currency="GBP"></watch-offer>
    </film-card>`);
    await settled(children);
    const providers = (el: FilmCard) =>
      [...part(el, 'availability')!.querySelectorAll('[part~="availability-provider"]')].map((node) =>
        node.textContent.trim(),
      );
    expect(providers(children)).to.deep.equal(['StreamFlix', 'FilmBox']);

    const json = await card(
      html`<film-card film-title="Parasite" region="GB" offers='[{"provider":"StreamFlix","kind":"stream"}]'></film-card>`,
    );
    await settled(json);
    expect(providers(json)).to.deep.equal(['StreamFlix']);

    const warnings = captureWarnings();
    const bad = await card(html`<film-card film-title="Parasite" offers="{oops"></film-card>`);
    warnings.restore();
    expect(part(bad, 'availability')).to.equal(null);
    expect(warnings.messages).to.have.length(1);
  });

  describe('formats for the reader', () => {
    const cases = [
      { lang: 'en', runtime: '2 hr 12 min', language: 'Korean', date: 'May 30, 2019' },
      { lang: 'fr', runtime: '2 h 12 min', language: 'coréen', date: '30 mai 2019' },
      { lang: 'ja', runtime: '2 時間 12 分', language: '韓国語', date: '2019/05/30' },
    ];
    for (const { lang, runtime, language, date } of cases) {
      it(`in ${lang}`, async () => {
        const el = await card(html`<film-card lang=${lang} .film=${parasite}></film-card>`);
        expect(text(el, 'meta')!.replace(/\s/g, ' ')).to.contain(runtime);
        expect(text(el, 'facts')).to.contain(language).and.contain(date);
      });
    }
  });

  it('takes the locale from the nearest ancestor lang', async () => {
    const wrapper = await fixture(html`<div lang="de"><film-card .film=${parasite}></film-card></div>`);
    const el = wrapper.querySelector('film-card')!;
    await el.updateComplete;
    expect(text(el, 'facts')).to.contain('Originalsprache').and.contain('Koreanisch');
  });

  it('links the title to the film page, safely', async () => {
    const el = await card(html`<film-card .film=${parasite}></film-card>`);
    const link = part(el, 'title')!.querySelector('a')!;
    expect(link.href).to.equal('https://example.com/films/parasite');
    expect(link.rel).to.equal('noopener noreferrer');

    const warnings = captureWarnings();
    const hostile = await card(html`<film-card film-title="X" href="javascript:alert(1)"></film-card>`);
    warnings.restore();
    expect(part(hostile, 'title')!.querySelector('a')).to.equal(null);
    expect(warnings.messages.length).to.equal(1);
  });

  it('tells a screen reader that its title and trailer links open a new tab, in the page language', async () => {
    const trailer = 'https://www.youtube.com/watch?v=5xH0HfJHsaY';
    const el = await card(html`<film-card lang="de" .film=${{ ...parasite, trailer }}></film-card>`);
    const links = [part(el, 'title')!.querySelector('a')!, part(el, 'trailer') as HTMLAnchorElement];
    expect(links.map((link) => link.target)).to.deep.equal(['_blank', '_blank']);
    const described = links.map(
      (link) => shadow(el).getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(described).to.deep.equal(['Wird in einem neuen Tab geöffnet', 'Wird in einem neuen Tab geöffnet']);
    const tree = await a11ySnapshot({});
    // The trailer link names its film: a page of cards lists more than one "Trailer".
    const names = ['Parasite', 'Trailer: Parasite'].map(
      (name) =>
        findAccessibilityNode<{ role: string; name: string; description?: string }>(
          tree as never,
          (node) => node.role === 'link' && node.name === name,
        )?.description,
    );
    expect(names, 'as the accessibility tree gives them').to.deep.equal([
      'Wird in einem neuen Tab geöffnet',
      'Wird in einem neuen Tab geöffnet',
    ]);
    await expect(el).to.be.accessible();
    expect(shadow(el).querySelectorAll('#new-tab').length, 'one note for every link').to.equal(1);

    // Offers that open a new tab share the card's one note.
    const offersOnly = await card(
      html`<film-card lang="de" .film=${{ ...parasite, href: undefined }}></film-card>`,
    );
    const offers = [...shadow(offersOnly).querySelectorAll('a[part~="availability-offer"]')];
    expect(offers, 'the offer links').to.have.length(1);
    expect(shadow(offersOnly).querySelectorAll('#new-tab').length, 'one note').to.equal(1);
    expect(
      offers.map((link) => [
        (link as HTMLAnchorElement).target,
        shadow(offersOnly).getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent,
      ]),
      'the offer links point to it',
    ).to.deep.equal([['_blank', 'Wird in einem neuen Tab geöffnet']]);

    // No title link, no trailer, and offers with no link: nothing to describe.
    const unlinked: Film = {
      ...parasite,
      href: undefined,
      availability: [{ region: 'GB', offers: [{ provider: 'StreamFlix', kind: 'stream' }] }],
    };
    const plain = await card(html`<film-card lang="de" region="GB" .film=${unlinked}></film-card>`);
    expect(part(plain, 'availability-offer') === null, 'the offers drawn').to.equal(false);
    expect(shadow(plain).querySelector('a[target]') === null, 'no link opens a new tab').to.equal(true);
    expect(shadow(plain).getElementById('new-tab') === null, 'no note without a link to describe').to.equal(
      true,
    );
  });

  it('uses the configured heading level', async () => {
    const el = await card(html`<film-card heading-level="2" film-title="X"></film-card>`);
    expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
  });

  it('shows a lazy poster with alt text, and a placeholder when it fails', async () => {
    const el = await card(html`<film-card .film=${parasite}></film-card>`);
    const img = shadow(el).querySelector('img')!;
    expect(img.loading).to.equal('lazy');
    expect(img.alt).to.equal('Poster for Parasite');

    const broken = await card(html`<film-card film-title="Broken" poster="/api/status/404"></film-card>`);
    await waitUntil(
      () => part(broken, 'poster')!.classList.contains('placeholder'),
      'placeholder after error',
    );
    expect(shadow(broken).querySelector('img')).to.equal(null);
  });

  it('reserves the poster space so nothing shifts when it loads', async () => {
    const el = await card(
      html`<film-card style="width: 40rem" .film=${{ ...parasite, poster: { src: '/api/fixture/none.svg?delay=5000' } }}></film-card>`,
    );
    const poster = part(el, 'poster')!.getBoundingClientRect();
    expect(poster.height / poster.width).to.be.closeTo(1.5, 0.01);
  });

  it('clamps a long synopsis behind a keyboard-operable "More"', async () => {
    const el = await card(html`<film-card style="width: 20rem" .film=${parasite}></film-card>`);
    const more = part(el, 'more')!;
    expect(part(el, 'synopsis')!.classList.contains('clamped')).to.equal(true);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'synopsis')!.classList.contains('clamped')).to.equal(false);
    expect(text(el, 'more')).to.equal('Less');
  });

  describe('a synopsis clamped to --film-card-synopsis-lines', () => {
    /** A frame laid out and drawn, after the card's size is observed. */
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    const clipped = (el: FilmCard) => {
      const synopsis = part(el, 'synopsis')!;
      return synopsis.scrollHeight > synopsis.clientHeight + 1;
    };
    const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

    it('shows no "More" when a long synopsis fits in its lines on a wide card, and shows it all', async () => {
      const synopsis = `${words(34)}.`;
      expect(synopsis.length, 'longer than the old 220-character rule').to.be.above(220);
      const el = await card(
        html`<film-card style="width: 64rem" .film=${{ ...parasite, synopsis }}></film-card>`,
      );
      await frames();
      await el.updateComplete;
      expect(text(el, 'more'), 'a "More" that would reveal nothing').to.equal(undefined);
      expect(clipped(el), 'the synopsis clipped').to.equal(false);
    });

    it('keeps "More" where the clamp hides text on a phone, and "Less" once opened', async () => {
      const el = await card(html`<film-card style="width: 280px" .film=${parasite}></film-card>`);
      await frames();
      expect(clipped(el), 'the synopsis clipped').to.equal(true);
      expect(text(el, 'more')).to.equal('More');
      part(el, 'more')!.click();
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(clipped(el), 'clipped once opened').to.equal(false);
      expect(text(el, 'more'), 'the button once opened').to.equal('Less');
      part(el, 'more')!.click();
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(text(el, 'more'), 'the button once closed').to.equal('More');
    });

    // A grid of hundreds of cards on a phone would otherwise update every card a second time.
    it('updates a card once when its first layout confirms that the clamp hides some of the synopsis', async () => {
      const phone = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
      const el = document.createElement('film-card');
      el.film = parasite;
      const updates = countUpdates(el);
      phone.append(el);
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(clipped(el), 'the synopsis clipped').to.equal(true);
      expect(text(el, 'more')).to.equal('More');
      expect(updates.count, 'updates').to.equal(1);
    });

    it('updates a card with a synopsis too short to clamp once: its layout has nothing to say about "More"', async () => {
      const el = document.createElement('film-card');
      el.film = { ...parasite, synopsis: `${words(24)}.` };
      const updates = countUpdates(el);
      const phone = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
      phone.append(el);
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(text(el, 'synopsis'), 'the synopsis shown').to.equal(`${words(24)}.`);
      expect(updates.count, 'updates').to.equal(1);
    });

    it('clamps the synopsis of another film again, though the last one was opened', async () => {
      const el = await card(html`<film-card style="width: 280px" .film=${parasite}></film-card>`);
      await frames();
      part(el, 'more')!.click();
      await el.updateComplete;
      expect(text(el, 'more'), 'the first film opened').to.equal('Less');
      el.film = { ...parasite, id: 'tt0000002', synopsis: `${parasite.synopsis} Another film.` };
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(clipped(el), 'the new synopsis clipped').to.equal(true);
      expect(text(el, 'more')).to.equal('More');
    });

    it('keeps "More" while it has focus, though the card widens until the synopsis fits', async () => {
      const el = await card(html`<film-card style="width: 280px" .film=${parasite}></film-card>`);
      await frames();
      part(el, 'more')!.focus();
      el.style.width = '64rem';
      await frames();
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('part'), 'focused').to.equal('more');
      part(el, 'more')!.blur();
      await el.updateComplete;
      expect(text(el, 'more'), 'once focus has left').to.equal(undefined);
    });

    it('measures again on "Less": no "More" once the card has widened while open', async () => {
      const el = await card(html`<film-card style="width: 280px" .film=${parasite}></film-card>`);
      await frames();
      part(el, 'more')!.click();
      await el.updateComplete;
      el.style.width = '64rem';
      await frames();
      part(el, 'more')!.click();
      await el.updateComplete;
      await frames();
      await el.updateComplete;
      expect(text(el, 'more'), 'after "Less" on a wide card').to.equal(undefined);
    });

    it('shows a synopsis under the length that is clamped in full, with no "More"', async () => {
      const synopsis = `${words(24)}.`;
      const el = await card(
        html`<film-card style="width: 280px" .film=${{ ...parasite, synopsis }}></film-card>`,
      );
      await frames();
      expect(clipped(el), 'the synopsis clipped').to.equal(false);
      expect(text(el, 'more')).to.equal(undefined);
    });

    it('shows "More" as the card narrows and hides it as it widens', async () => {
      const el = await card(html`<film-card style="width: 64rem" .film=${parasite}></film-card>`);
      await frames();
      await el.updateComplete;
      expect(text(el, 'more'), 'at 64rem').to.equal(undefined);
      el.style.width = '280px';
      await frames();
      await el.updateComplete;
      expect(text(el, 'more'), 'at 280 px').to.equal('More');
      expect(clipped(el), 'clipped at 280 px').to.equal(true);
      el.style.width = '64rem';
      await frames();
      await el.updateComplete;
      expect(text(el, 'more'), 'at 64rem again').to.equal(undefined);
    });
  });

  it('updates a card with an action of the page once: the row knows it holds one from the first render', async () => {
    const el = document.createElement('film-card');
    el.film = { ...parasite, id: undefined, synopsis: undefined, poster: undefined };
    el.innerHTML = '<a slot="actions" href="https://example.com/tickets">Tickets</a>';
    const updates = countUpdates(el);
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    box.append(el);
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
    await el.updateComplete;
    expect(el.querySelector('a')!.getBoundingClientRect().height, 'the action shown').to.be.above(0);
    expect(part(el, 'actions')!.className, 'the row is neither bare nor empty').to.equal('');
    expect(updates.count, 'updates').to.equal(1);
  });

  it('gives "More" a target at least 24 px tall and a hover state', async () => {
    const el = await card(html`<film-card style="width: 20rem" .film=${parasite}></film-card>`);
    const more = part(el, 'more')!;
    const box = more.getBoundingClientRect();
    expect(box.height, 'height, px').to.be.at.least(24);
    const resting = getComputedStyle(more).textDecorationThickness;
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)],
    });
    const hovered = getComputedStyle(more).textDecorationThickness;
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(hovered, 'the underline thickens on hover').not.to.equal(resting);
  });

  it('has a compact layout for lists and a poster tile for grids', async () => {
    const compact = await card(html`<film-card variant="compact" .film=${parasite}></film-card>`);
    expect(part(compact, 'card')!.classList.contains('compact')).to.equal(true);
    expect(part(compact, 'synopsis')).to.equal(null);
    expect(part(compact, 'availability')).to.equal(null);
    expect(part(compact, 'watchlist')).not.to.equal(null);

    const tile = await card(
      html`<film-card variant="poster" style="width: 14rem" .film=${parasite}></film-card>`,
    );
    const poster = part(tile, 'poster')!.getBoundingClientRect();
    const title = part(tile, 'title')!.getBoundingClientRect();
    expect(title.top).to.be.at.least(poster.bottom);
  });

  it('sets each rating of a compact row on one line in a phone-wide card, its stars left out, and shows them wider', async () => {
    const ratings = [
      { source: 'imdb', value: 8.5, scale: 10, votes: 1_000_000 },
      { source: 'letterboxd', value: 4.6, scale: 5, votes: 2_500_000 },
    ];
    const lines = (el: FilmCard) =>
      [...shadow(el).querySelectorAll('[part~="rating-badge"]')].map((badge) =>
        onOneLine([...badge.children]) ? 1 : 2,
      );
    const stars = (el: FilmCard) =>
      [...shadow(el).querySelectorAll('[part~="rating-stars"]')].map(
        (meter) => getComputedStyle(meter).display,
      );
    const phone = await card(
      html`<film-card variant="compact" style="width: 288px" .film=${{ ...parasite, ratings }}></film-card>`,
    );
    expect(lines(phone), 'one line each at 288 px').to.deep.equal([1, 1]);
    expect(stars(phone)).to.deep.equal(['none', 'none']);
    const wide = await card(
      html`<film-card variant="compact" style="width: 40rem" .film=${{ ...parasite, ratings }}></film-card>`,
    );
    expect(stars(wide)).to.deep.equal(['inline-block', 'inline-block']);
    expect(lines(wide)).to.deep.equal([1, 1]);
  });

  it('adapts to its own width, not the window', async () => {
    const wide = await card(html`<div style="width: 48rem"><film-card .film=${parasite}></film-card></div>`);
    const wideCard = wide.querySelector('film-card')!;
    await wideCard.updateComplete;
    expect(part(wideCard, 'body')!.getBoundingClientRect().left).to.be.greaterThan(
      part(wideCard, 'poster')!.getBoundingClientRect().right,
    );

    const narrow = await card(
      html`<div style="width: 20rem"><film-card .film=${parasite}></film-card></div>`,
    );
    const narrowCard = narrow.querySelector('film-card')!;
    await narrowCard.updateComplete;
    expect(part(narrowCard, 'body')!.getBoundingClientRect().top).to.be.at.least(
      part(narrowCard, 'poster')!.getBoundingClientRect().bottom,
    );
  });

  it('lays out right to left', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar" style="width: 48rem">
      <film-card .film=${{ ...parasite, title: 'طفيلي' }}></film-card>
    </div>`);
    const el = wrapper.querySelector('film-card')!;
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('طفيلي');
    expect(part(el, 'poster')!.getBoundingClientRect().left).to.be.greaterThan(
      part(el, 'body')!.getBoundingClientRect().left,
    );
  });

  it('shows the content written inside it while it has no film', async () => {
    const el = await card(
      html`<film-card><a href="https://example.com/lp">Little Pyongyang (2018)</a></film-card>`,
    );
    const slot = shadow(el).querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Little Pyongyang (2018)');
    el.filmTitle = 'Little Pyongyang';
    await el.updateComplete;
    expect(shadow(el).querySelector('slot:not([name])')).to.equal(null);
  });

  it('adds no attribute the author did not write, and reflects the values set from code', async () => {
    const el = await card(html`<film-card .film=${parasite}></film-card>`);
    await settled(el);
    const written = (element: Element) => element.getAttributeNames().sort();
    expect(written(el), 'the card').to.deep.equal([]);
    // The watchlist button and the availability block are drawn in the card's own shadow root: their
    // wrappers and the button carry what the template writes and no attribute more (no reflected
    // in-watchlist or variant, no film-id handed to an element).
    const wrapper = part(el, 'watchlist')!;
    const button = part(el, 'watchlist-button')!;
    const block = part(el, 'availability')!;
    expect(written(wrapper), 'its watchlist wrapper').to.deep.equal(['part']);
    expect(written(button), 'its watchlist button').to.deep.equal([
      'aria-label',
      'aria-pressed',
      'class',
      'part',
      'type',
    ]);
    expect(written(block), 'its availability wrapper').to.deep.equal(['part']);
    expect(block.querySelector('[in-watchlist], [film-id]') === null, 'nothing in the block').to.equal(true);
    el.variant = 'compact';
    el.inWatchlist = true;
    await settled(el);
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(el.hasAttribute('in-watchlist')).to.equal(true);
    el.removeAttribute('variant');
    await el.updateComplete;
    expect(el.variant, 'a removed variant is the default again').to.equal('full');
  });

  describe('watchlist', () => {
    it('fires watchlist-add and watchlist-remove with the film, and reflects the state', async () => {
      const el = await card(html`<film-card .film=${parasite}></film-card>`);
      await settled(el);
      const button = part(el, 'watchlist-button')!;
      setTimeout(() => button.click());
      const added = await oneEvent<WatchlistEvent>(el, 'watchlist-add');
      expect(added.detail.film).to.deep.equal({ id: 'parasite-2019', title: 'Parasite', year: 2019 });
      expect(added.composed && added.bubbles && added.cancelable).to.equal(true);
      await aTimeout(0);
      await el.updateComplete;
      expect(el.inWatchlist).to.equal(true);
      expect(el.hasAttribute('in-watchlist')).to.equal(true);

      setTimeout(() => button.click());
      await oneEvent(el, 'watchlist-remove');
      await aTimeout(0);
      expect(el.inWatchlist).to.equal(false);
    });

    it('follows a watchlist saved in the browser, with watchlist="local"', async () => {
      setInWatchlist({ id: 'parasite-2019', title: 'Parasite', year: 2019 }, true);
      const film: Film = { ...parasite, availability: [{ region: 'GB', offers: [] }] };
      const el = await card(html`<film-card watchlist="local" region="GB" .film=${film}></film-card>`);
      await settled(el);
      expect(el.inWatchlist).to.equal(true);
      expect(el.hasAttribute('in-watchlist')).to.equal(true);
      const notify = part(el, 'availability-notify')!;
      expect(notify.getAttribute('aria-pressed')).to.equal('true');

      setInWatchlist({ id: 'parasite-2019' }, false);
      await settled(el);
      expect(el.inWatchlist).to.equal(false);
    });

    it('catches up with the saved watchlist when it comes back into the page', async () => {
      const el = await card(html`<film-card watchlist="local" .film=${parasite}></film-card>`);
      const parent = el.parentElement!;
      el.remove();
      setInWatchlist({ id: 'parasite-2019' }, true);
      parent.append(el);
      await settled(el);
      expect(el.inWatchlist).to.equal(true);
    });

    it('leaves the saved watchlist alone without watchlist="local"', async () => {
      setInWatchlist({ id: 'parasite-2019' }, true);
      const el = await card(html`<film-card .film=${parasite}></film-card>`);
      await settled(el);
      expect(el.inWatchlist).to.equal(false);
    });

    it('keeps its state when the host cancels', async () => {
      const el = await card(html`<film-card .film=${parasite}></film-card>`);
      await settled(el);
      let asked = 0;
      el.addEventListener('watchlist-add', (event) => {
        asked++;
        event.preventDefault();
      });
      part(el, 'watchlist-button')!.click();
      await aTimeout(0);
      await settled(el);
      expect(asked, 'the host was asked').to.equal(1);
      expect(el.inWatchlist).to.equal(false);
    });

    it('fires nothing when code sets the state', async () => {
      const el = await card(html`<film-card .film=${parasite}></film-card>`);
      let events = 0;
      el.addEventListener('watchlist-add', () => events++);
      el.addEventListener('watchlist-remove', () => events++);
      el.inWatchlist = true;
      await settled(el);
      el.inWatchlist = false;
      await settled(el);
      expect(events).to.equal(0);
    });

    it('shows one watchlist control in the empty state, reading as the seed does', async () => {
      const film: Film = { ...parasite, availability: [{ region: 'GB', offers: [] }] };
      const el = await card(html`<film-card region="GB" .film=${film}></film-card>`);
      await settled(el);
      const controls = visibleToggles(el);
      expect(controls.map((button) => button.textContent.trim())).to.deep.equal([
        'Add to watchlist to be notified when it’s available',
      ]);
      controls[0]!.click();
      await aTimeout(0);
      await settled(el);
      expect(visibleToggles(el).map((button) => button.textContent.trim())).to.deep.equal([
        'In your watchlist: we’ll show it here when it streams',
      ]);
    });

    it('shows one watchlist control when the film streams: the card’s button', async () => {
      const el = await card(html`<film-card region="GB" .film=${parasite}></film-card>`);
      await settled(el);
      expect(visibleToggles(el).map((button) => button.textContent.trim())).to.deep.equal([
        'Add to watchlist',
      ]);
    });

    it('shows one watchlist control for offers="none" at every variant', async () => {
      for (const variant of ['full', 'compact', 'poster']) {
        const el = await card(
          html`<film-card variant=${variant} film-id="lp" film-title="Little Pyongyang" region="GB" offers="none"></film-card>`,
        );
        await settled(el);
        expect(visibleToggles(el), variant).to.have.length(1);
      }
    });

    it('routes "Notify me" of an empty availability block through the card', async () => {
      const film: Film = { ...parasite, availability: [{ region: 'GB', offers: [] }] };
      const el = await card(html`<film-card region="GB" .film=${film}></film-card>`);
      await settled(el);
      const events: WatchlistEvent[] = [];
      document.addEventListener('watchlist-add', (event) => events.push(event));
      const notify = part(el, 'availability-notify')!;
      notify.click();
      await aTimeout(0);
      await settled(el);
      expect(events).to.have.length(1);
      expect(events[0]!.target === el, 'the card fires it').to.equal(true);
      expect(el.inWatchlist).to.equal(true);
    });
  });

  describe('loading from src', () => {
    it('shows a skeleton as tall as --film-card-loading-height while loading, so the loaded film moves nothing', async () => {
      const src = '/api/fixture/own-little-pyongyang.json';
      // The same card with its film loaded gives the height an author would set.
      const loaded = await card(
        html`<film-card style="width: 360px" loading="eager" src=${src}></film-card>`,
      );
      await oneEvent(loaded, 'film-load');
      await loaded.updateComplete;
      const final = loaded.getBoundingClientRect();

      const el = await card(
        html`<film-card
          style="width: 360px; --film-card-loading-height: ${final.height}px"
          loading="eager"
          src=${`${src}?delay=300`}
        ></film-card>`,
      );
      expect(part(el, 'card')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Loading film…');
      const skeleton = el.getBoundingClientRect();
      expect(skeleton.width, 'skeleton width').to.equal(final.width);
      expect(skeleton.height, 'skeleton height').to.be.closeTo(final.height, 0.5);
      await oneEvent(el, 'film-load');
      await el.updateComplete;
      expect(text(el, 'title')).to.equal('Little Pyongyang');
      expect(el.getBoundingClientRect().height, 'height once loaded').to.be.closeTo(final.height, 0.5);
    });

    it('pulses its skeleton only while its film is on the way, not while a lazy card waits off-screen', async () => {
      const pulse = (el: FilmCard) => getComputedStyle(part(el, 'card')!).animationName;
      const src = `/api/fixture/own-little-pyongyang.json?delay=1000&pulse=${Math.random()}`;
      const wrapper = await fixture(html`<div>
        <div style="height: 5000px"></div>
        <film-card src=${src}></film-card>
      </div>`);
      const el = wrapper.querySelector('film-card')!;
      await aTimeout(300);
      expect(part(el, 'card')!.getAttribute('aria-busy'), 'a skeleton while waiting').to.equal('true');
      expect(pulse(el), 'waiting off-screen').to.equal('none');
      el.scrollIntoView();
      await waitUntil(() => pulse(el) === 'pulse', 'the skeleton did not pulse once its film was requested');
      expect(part(el, 'card')!.getAttribute('aria-busy'), 'still loading').to.equal('true');
      await oneEvent(el, 'film-load');
      window.scrollTo(0, 0);
    });

    it('keeps Retry as wide as its word in every layout', async () => {
      const warnings = captureWarnings();
      const widths: Record<string, number> = {};
      for (const variant of ['full', 'compact', 'poster']) {
        const el = await card(
          html`<film-card style="width: 40rem" variant=${variant} loading="eager" src=${`/api/status/503?retry-width=${variant}`}></film-card>`,
        );
        await oneEvent(el, 'film-error');
        await el.updateComplete;
        widths[variant] = Math.round(part(el, 'retry')!.getBoundingClientRect().width);
      }
      warnings.restore();
      expect(
        Math.max(...Object.values(widths)) - Math.min(...Object.values(widths)),
        JSON.stringify(widths),
      ).to.be.at.most(2);
    });

    it('says why its film did not load, and offers Retry only where another try may help', async () => {
      const warnings = captureWarnings();
      const cases: [string, string, string, boolean][] = [
        ['/api/status/404?why', '', 'This film could not be found.', false],
        ['/api/status/410?why', '', 'This film could not be found.', false],
        ['/api/status/503?why', '', 'Could not load this film.', true],
        ['/api/bad-json?why', '', 'Could not load this film.', true],
        // JSON that is not a film, and an answer over the size cap, would be the same again.
        ['/api/hits?path=why', '', 'Could not load this film.', false],
        ['/api/huge?bytes=2000000&why', '', 'Could not load this film.', false],
        ['/api/drop?why', '', 'Could not connect to load this film.', true],
        [
          '/api/fixture/own-little-pyongyang.json?delay=2000&why',
          '100',
          'This film took too long to load.',
          true,
        ],
      ];
      const shown = [];
      for (const [src, timeout, ,] of cases) {
        const el = await card(
          html`<film-card loading="eager" src=${src} timeout=${timeout || nothing}></film-card>`,
        );
        await oneEvent(el, 'film-error');
        await el.updateComplete;
        shown.push([src, timeout, text(el, 'error')?.replace(/\s*Retry$/, ''), part(el, 'retry') !== null]);
      }
      // A service's error answer set as the film property: there is no URL to ask again.
      const tmdbError = {
        status_code: 7,
        status_message: 'Invalid API key: You must be granted a valid key.',
      };
      const answer = await card(html`<film-card .film=${tmdbError}></film-card>`);
      // In the page's language.
      const french = await card(
        html`<film-card lang="fr" loading="eager" src="/api/status/404?why-fr"></film-card>`,
      );
      await oneEvent(french, 'film-error');
      await french.updateComplete;
      warnings.restore();
      expect(shown).to.deep.equal(cases);
      expect([text(answer, 'error'), part(answer, 'retry') === null]).to.deep.equal([
        'Could not load this film.',
        true,
      ]);
      expect(text(french, 'error')).to.equal('Ce film est introuvable.');
    });

    it('shows an error with a retry that tries again, and warns once', async () => {
      const retryUrl = `/api/status/500?card-retry=${Math.random()}`;
      const warnings = captureWarnings();
      const el = await card(html`<film-card loading="eager" src=${retryUrl}></film-card>`);
      const error = await oneEvent<CustomEvent<{ kind: string }>>(el, 'film-error');
      await el.updateComplete;
      expect(error.detail.kind).to.equal('http');
      expect(text(el, 'error')).to.contain('Could not load this film.');
      await expect(el).to.be.accessible();
      part(el, 'retry')!.click();
      await oneEvent(el, 'film-error');
      warnings.restore();
      // One line for the author, naming the URL and what it answered, for both failures.
      expect(warnings.messages.filter((message) => message.includes(retryUrl))).to.deep.equal([
        `film-cards: <film-card> src: ${new URL(retryUrl, location.href).href} answered HTTP 500.`,
      ]);
      const hits = await (await fetch(`/api/hits?path=${encodeURIComponent(retryUrl)}`)).json();
      expect(hits.count).to.equal(2);
    });
  });
});
