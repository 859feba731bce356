import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { Availability, Offer } from '../../src/data/film.js';
import '../../src/watch-availability/define.js';
import type { OfferSelectEvent, WatchAvailability } from '../../src/watch-availability/watch-availability.js';
import type { WatchlistEvent } from '../../src/watchlist/events.js';
import { captureWarnings } from '../helpers/console.js';
import { linesOf } from '../helpers/layout.js';
import { holdNavigation } from '../helpers/navigation.js';

const all = (el: WatchAvailability, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const part = (el: WatchAvailability, name: string) => all(el, name)[0];
const texts = (el: WatchAvailability, name: string) => all(el, name).map((node) => node.textContent.trim());
/**
 * The provenance line as seen: its pieces, with the separators CSS draws beside them, one line of
 * the block per line of text. A separator drawn before a piece that starts a line is outside the
 * line, where the line clips it; one drawn after a piece shows wherever it is.
 */
const seen = (el: WatchAvailability) => {
  const line = part(el, 'provenance')!;
  const start = line.getBoundingClientRect()[getComputedStyle(line).direction === 'rtl' ? 'right' : 'left'];
  const clips = getComputedStyle(line).overflowX !== 'visible';
  let top: number | undefined;
  return [...line.children]
    .map((piece) => {
      const box = piece.getBoundingClientRect();
      const startsLine =
        Math.abs(box[getComputedStyle(line).direction === 'rtl' ? 'right' : 'left'] - start) < 1;
      const before = getComputedStyle(piece, '::before');
      const after = getComputedStyle(piece, '::after').content.includes('·') ? ' ·' : '';
      const shown = before.content.includes('·') && !(startsLine && clips) ? '· ' : '';
      const newLine = top !== undefined && box.top > top + 1 ? '\n' : '';
      top = box.top;
      return `${newLine}${shown}${piece.textContent.trim()}${after}`;
    })
    .join(' ')
    .replace(/ \n/g, '\n');
};
const links = (el: WatchAvailability) => [...el.shadowRoot!.querySelectorAll('a')];
const logo = new URL('./logo.svg', import.meta.url).href;

/**
 * Fixture options that put the element inside a wrapper with these attributes. The element itself
 * is the fixture, so the test waits for its update rather than for an animation frame, which a
 * browser tab in the background never paints.
 */
const inside = (attributes: Record<string, string>) => {
  const parentNode = document.createElement('div');
  Object.entries(attributes).forEach(([name, value]) => parentNode.setAttribute(name, value));
  return { parentNode };
};

// Listed out of order on purpose: the element sorts them.
const offers: Offer[] = [
  {
    provider: 'Apple TV',
    kind: 'buy',
    href: 'https://tv.apple.com/gb/movie/1',
    price: 7.99,
    currency: 'GBP',
    quality: '4K',
  },
  { provider: 'Netflix', kind: 'stream', href: 'https://www.netflix.com/title/1', quality: 'HD', logo },
  { provider: 'Curzon', kind: 'cinema', href: 'https://www.curzon.com/films/1' },
  {
    provider: 'Prime Video',
    kind: 'rent',
    href: 'https://www.amazon.co.uk/dp/1',
    price: 3.99,
    currency: 'GBP',
    quality: 'HD',
  },
  { provider: 'BBC iPlayer', kind: 'free', href: 'https://www.bbc.co.uk/iplayer/episode/1' },
  { provider: 'Channel 4', kind: 'ads', href: 'https://www.channel4.com/programmes/1' },
];

const regions: Availability[] = [
  {
    region: 'GB',
    offers: [{ provider: 'BBC iPlayer', kind: 'free', href: 'https://www.bbc.co.uk/iplayer/episode/1' }],
    checkedAt: '2025-03-01',
    attribution: { name: 'JustWatch', href: 'https://www.justwatch.com/' },
  },
  {
    region: 'DE',
    offers: [{ provider: 'ARD Mediathek', kind: 'free', href: 'https://www.ardmediathek.de/1' }],
  },
  { region: 'US', offers: [] },
];

/** Each word of an element's text with the top of the line it is set on. */
function wordBoxes(element: Element): { word: string; top: number }[] {
  const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE) as Text;
  const range = document.createRange();
  return [...node.data.matchAll(/\S+/g)].map((match) => {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    return { word: match[0], top: Math.round(range.getClientRects()[0]!.top) };
  });
}

/** Counts every event the element could fire, to prove which ones a step caused. */
function recordEvents(el: HTMLElement) {
  const fired: string[] = [];
  for (const type of ['offer-select', 'watchlist-add', 'watchlist-remove'])
    el.addEventListener(type, () => fired.push(type));
  return fired;
}

describe('<watch-availability>', () => {
  it('is accessible', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en-GB" .offers=${offers}></watch-availability>`,
    );
    await expect(el).to.be.accessible();
  });

  it('groups offers in a fixed order under localized headings', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en-GB" .offers=${offers}></watch-availability>`,
    );
    expect(texts(el, 'heading')).to.deep.equal([
      'Stream',
      'Free',
      'Free with ads',
      'Rent',
      'Buy',
      'In cinemas',
    ]);
    expect(texts(el, 'provider')).to.deep.equal([
      'Netflix',
      'BBC iPlayer',
      'Channel 4',
      'Prime Video',
      'Apple TV',
      'Curzon',
    ]);
    const headings = all(el, 'heading');
    expect(
      headings.every(
        (heading) => heading.getAttribute('role') === 'heading' && heading.getAttribute('aria-level') === '4',
      ),
    ).to.equal(true);

    el.maxOffers = 1;
    await el.updateComplete;
    expect(texts(el, 'heading')).to.have.length(6, 'collapsed, every group is still shown');
    expect(all(el, 'more')).to.have.length(0, 'one offer per group: nothing to collapse');

    const fr = await fixture<WatchAvailability>(
      html`<watch-availability lang="fr" .offers=${offers.slice(0, 2)}></watch-availability>`,
    );
    expect(texts(fr, 'heading')).to.deep.equal(['Abonnement', 'Achat']);
  });

  it('leaves out groups that have no offers', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" .offers=${[offers[0], offers[3]]}></watch-availability>`,
    );
    expect(texts(el, 'heading')).to.deep.equal(['Rent', 'Buy']);
    expect(el.shadowRoot!.textContent).not.to.match(/undefined|NaN|null/);
  });

  it('shows each offer as a safe outbound link with its quality and price', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en-GB" .offers=${offers}></watch-availability>`,
    );
    const rent = links(el)[3]!;
    expect(rent.href).to.equal('https://www.amazon.co.uk/dp/1');
    expect(rent.rel).to.equal('noopener noreferrer');
    expect(rent.target).to.equal('_blank');
    expect(rent.querySelector('[part~="quality"]')!.textContent).to.equal('HD');
    expect(rent.querySelector('[part~="price"]')!.textContent).to.equal('£3.99');
    // Out of context (a screen reader's list of links) it still says rent, not buy.
    expect(rent.getAttribute('aria-label')).to.equal('Rent, Prime Video, HD, £3.99');
    expect(part(el, 'price')!.closest('a')!.href).to.equal('https://www.amazon.co.uk/dp/1');

    el.target = '_self';
    await el.updateComplete;
    expect(links(el).every((link) => link.target === '_self')).to.equal(true);
  });

  it('tells a screen reader which links open a new tab, in the page language, and not when they stay', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability
        lang="fr"
        region="GB"
        .availability=${[{ region: 'GB', offers, attribution: { name: 'JustWatch', href: 'https://www.justwatch.com/' } }]}
      ></watch-availability>`,
    );
    const described = () =>
      links(el).map((link) => {
        const ids = link.getAttribute('aria-describedby')?.split(' ') ?? [];
        return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent).join(' ');
      });
    expect(links(el)).to.have.length(7, 'six offers and the source');
    expect(described()).to.deep.equal(Array(7).fill('S’ouvre dans un nouvel onglet'));
    const note = el.shadowRoot!.getElementById(links(el)[0]!.getAttribute('aria-describedby')!)!;
    expect(note.getBoundingClientRect().height, 'never shown').to.equal(0);
    const tree = await a11ySnapshot({});
    const link = findAccessibilityNode<{ role: string; name: string; description?: string }>(
      tree as never,
      (node) => node.role === 'link' && node.name === 'JustWatch',
    );
    expect(link?.description, 'as the accessibility tree gives it').to.equal('S’ouvre dans un nouvel onglet');
    await expect(el).to.be.accessible();

    el.target = '_self';
    await el.updateComplete;
    expect(links(el).filter((link) => link.hasAttribute('aria-describedby'))).to.have.length(0);
    expect(el.shadowRoot!.getElementById('new-tab') === null, 'no note left behind').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a lazy, sized logo with the provider as its alt text', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" .offers=${[offers[1]]}></watch-availability>`,
    );
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('part')).to.equal('logo');
    expect(img.alt).to.equal('Netflix');
    expect(img.loading).to.equal('lazy');
    expect([img.width, img.height]).to.deep.equal([
      img.getBoundingClientRect().width,
      img.getBoundingClientRect().height,
    ]);
    expect(img.getAttribute('width')).to.equal('32');
    // The visible name repeats the alt text, so screen readers skip it while the logo shows.
    expect(part(el, 'provider')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('falls back to the provider name when a logo fails to load', async () => {
    const broken = { ...offers[1], logo: '/api/status/404' };
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" .offers=${[broken]}></watch-availability>`,
    );
    await waitUntil(() => !el.shadowRoot!.querySelector('img'), 'the broken logo is removed', {
      timeout: 5000,
    });
    expect(part(el, 'logo')).to.equal(undefined);
    expect(part(el, 'provider')!.textContent).to.equal('Netflix');
    expect(part(el, 'provider')!.hasAttribute('aria-hidden')).to.equal(false);
    expect(part(el, 'provider')!.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows the provider name when there is no logo', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" .offers=${[offers[0]]}></watch-availability>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'provider')!.hasAttribute('aria-hidden')).to.equal(false);
  });

  describe('inputs', () => {
    it('reads offers from a JSON attribute', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en-GB" offers=${JSON.stringify(offers.slice(0, 2))}></watch-availability>`,
      );
      expect(texts(el, 'provider')).to.deep.equal(['Netflix', 'Apple TV']);
      expect(texts(el, 'price')).to.deep.equal(['£7.99']);
    });

    it('shows the empty state after one warning for malformed JSON', async () => {
      const warnings = captureWarnings();
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en-GB" offers='[{"provider": "Netflix",'></watch-availability>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      warnings.restore();
      expect(part(el, 'empty')).not.to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('offers: ignored "[{\\"provider\\"');
    });

    it('reads <watch-offer> children and follows their changes', async () => {
      const el = await fixture<WatchAvailability>(html`<watch-availability lang="en-GB">
        <watch-offer provider="Prime Video" kind="rent" href="https://www.amazon.co.uk/dp/1" price="3,99" currency="gbp" quality="HD"
          ><a href="https://www.amazon.co.uk/dp/1">Rent on Prime Video</a></watch-offer
        >
        <watch-offer provider="Netflix" kind="stream" href="https://www.netflix.com/title/1"></watch-offer>
      </watch-availability>`);
      expect(texts(el, 'provider')).to.deep.equal(['Netflix', 'Prime Video']);
      expect(texts(el, 'price')).to.deep.equal(['£3.99']);
      // The fallback content is for readers without scripts; with them, only the element shows.
      expect(el.querySelector('a')!.getBoundingClientRect().width).to.equal(0);

      el.querySelector('watch-offer')!.setAttribute('price', '2.49');
      const added = document.createElement('watch-offer');
      Object.entries({ provider: 'Curzon', kind: 'cinema' }).forEach(([name, value]) =>
        added.setAttribute(name, value),
      );
      el.append(added);
      await waitUntil(() => texts(el, 'provider').length === 3, 'the new child shows', { timeout: 5000 });
      await el.updateComplete;
      expect(texts(el, 'provider')).to.deep.equal(['Netflix', 'Prime Video', 'Curzon']);
      expect(texts(el, 'price')).to.deep.equal(['£2.49']);
      expect(all(el, 'offer')[2]!.tagName).to.equal('SPAN', 'an offer without a link is text');
    });

    it('reads several regions from the availability property', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="DE" .availability=${regions}></watch-availability>`,
      );
      expect(texts(el, 'provider')).to.deep.equal(['ARD Mediathek']);

      const json = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="DE" availability=${JSON.stringify(regions)}></watch-availability>`,
      );
      expect(texts(json, 'provider')).to.deep.equal(['ARD Mediathek']);
    });

    it('drops offers of unknown kinds and bad prices, one warning each', async () => {
      const warnings = captureWarnings();
      const el = await fixture<WatchAvailability>(html`<watch-availability
        lang="en"
        .offers=${
          [
            { provider: 'Mubi', kind: 'subscription' },
            { provider: 'Pirate Bay', kind: 'steal' },
            { provider: 'Rakuten', kind: 'RENT', price: -2, currency: 'pounds' },
            { kind: 'stream' },
            'Netflix',
          ] as unknown
        }
      ></watch-availability>`);
      el.requestUpdate();
      await el.updateComplete;
      warnings.restore();
      expect(texts(el, 'provider')).to.deep.equal(['Mubi', 'Rakuten']);
      expect(texts(el, 'heading')).to.deep.equal(['Stream', 'Rent'], 'a subscription is a stream');
      expect(part(el, 'price')).to.equal(undefined);
      // Unknown kind, negative price, bad currency, and one line for both offers without a provider.
      expect(warnings.messages).to.deep.equal([
        'film-cards: <watch-availability> offers.kind: ignored "steal" (not one of stream, free, ads, rent, buy, cinema)',
        'film-cards: <watch-availability> offers.price: ignored "-2" (not a price such as 3.99)',
        'film-cards: <watch-availability> offers.currency: ignored "pounds" (not a currency code such as GBP)',
        'film-cards: <watch-availability> offers: ignored an object (needs provider)',
      ]);
    });

    it('accepts wrong types through properties without throwing', async () => {
      const el = await fixture<WatchAvailability>(html`<watch-availability lang="en"></watch-availability>`);
      const warnings = captureWarnings();
      for (const bad of [null, {}, 'x', 42, [null, 1, [], { provider: {}, kind: [] }], Number.NaN]) {
        Object.assign(el, {
          offers: bad,
          availability: bad,
          region: bad,
          maxOffers: bad,
          headingLevel: bad,
          year: bad,
        });
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|\[object/);
        expect(part(el, 'empty')).not.to.equal(undefined);
      }
      warnings.restore();
    });
  });

  describe('region', () => {
    it('shows the region asked for, and names it', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="gb" .availability=${regions}></watch-availability>`,
      );
      expect(part(el, 'title')!.textContent).to.equal('Where to watch in the United Kingdom');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(texts(el, 'provider')).to.deep.equal(['BBC iPlayer']);
    });

    it('defaults to the region of the page language', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability .availability=${regions}></watch-availability>`,
        inside({ lang: 'de-DE' }),
      );
      expect(texts(el, 'provider')).to.deep.equal(['ARD Mediathek']);
      expect(part(el, 'title')!.textContent).to.equal('Wo ansehen (Deutschland)');
    });

    it('falls back to the first region in the data', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="ja" .availability=${regions}></watch-availability>`,
      );
      expect(texts(el, 'provider')).to.deep.equal(['BBC iPlayer']);
      expect(part(el, 'title')!.textContent).to.equal('イギリスでの視聴方法');
    });

    it('offers no "Notify me" for a film it cannot name', async () => {
      const el = await fixture<HTMLElement>(
        html`<watch-availability region="GB" offers="[]"></watch-availability>`,
      );
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="notify"]')).to.equal(null);
    });

    it('names the region in the empty state, in the page language', async () => {
      const en = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="US" .availability=${regions}></watch-availability>`,
      );
      expect(part(en, 'title')!.textContent).to.equal('Not available to stream in the United States');
      const fr = await fixture<WatchAvailability>(
        html`<watch-availability lang="fr" region="FR"></watch-availability>`,
      );
      expect(part(fr, 'title')!.textContent).to.equal('Pas disponible en streaming (France)');
      const de = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="DE"></watch-availability>`,
      );
      expect(part(de, 'title')!.textContent).to.equal('Not available to stream in Germany');
    });

    it('names no region when the page language has no country', async () => {
      const es = await fixture<WatchAvailability>(
        html`<watch-availability lang="es-419"></watch-availability>`,
      );
      expect(part(es, 'title')!.textContent).to.equal('No disponible en streaming');
      const eo = await fixture<WatchAvailability>(
        html`<watch-availability lang="eo" .offers=${[offers[0]]}></watch-availability>`,
      );
      expect(part(eo, 'title')!.textContent).to.equal('Where to watch');
    });

    it('ignores a region that is not a country code, with a warning', async () => {
      const warnings = captureWarnings();
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en-GB" region="Britain" .availability=${regions}></watch-availability>`,
      );
      warnings.restore();
      expect(texts(el, 'provider')).to.deep.equal(['BBC iPlayer']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('region: ignored "Britain"');
    });
  });

  it('formats prices in the page locale', async () => {
    const en = await fixture<WatchAvailability>(
      html`<watch-availability lang="en-GB" .offers=${[offers[3]]}></watch-availability>`,
    );
    expect(part(en, 'price')!.textContent).to.equal('£3.99');
    const de = await fixture<WatchAvailability>(
      html`<watch-availability lang="de-DE" .offers=${[offers[3]]}></watch-availability>`,
    );
    expect(part(de, 'price')!.textContent).to.equal('3,99\u00a0£');
    const yen = await fixture<WatchAvailability>(
      html`<watch-availability lang="ja" .offers=${[{ provider: 'U-NEXT', kind: 'rent', price: 400, currency: 'JPY' }]}></watch-availability>`,
    );
    expect(part(yen, 'price')!.textContent).to.equal('￥400');
  });

  it('wraps its provenance with no separator left at the end or the start of a line', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability style="display: block; width: 12rem" lang="de" region="GB" .availability=${regions}></watch-availability>`,
    );
    expect(seen(el)).not.to.contain('·');
    expect(seen(el).split('\n'), 'two lines').to.have.length(2);
  });

  it('says when the data was checked and credits its source', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en-GB" region="GB" .availability=${regions}></watch-availability>`,
    );
    const provenance = part(el, 'provenance')!;
    expect(seen(el)).to.equal('Checked on 1 March 2025 · Data: JustWatch');
    expect(provenance.textContent).not.to.contain('·', 'the separator is drawn by CSS, not written');
    expect(provenance.querySelector('time')!.getAttribute('datetime')).to.equal('2025-03-01');
    const credit = provenance.querySelector('a')!;
    expect([credit.textContent, credit.href, credit.rel]).to.deep.equal([
      'JustWatch',
      'https://www.justwatch.com/',
      'noopener noreferrer',
    ]);

    const es = await fixture<WatchAvailability>(
      html`<watch-availability lang="es" region="GB" .availability=${regions}></watch-availability>`,
    );
    expect(seen(es)).to.equal('Comprobado el 1 de marzo de 2025 · Datos: JustWatch');

    // Japanese writes a full-width colon.
    const ja = await fixture<WatchAvailability>(
      html`<watch-availability lang="ja" region="GB" .availability=${regions}></watch-availability>`,
    );
    expect(seen(ja)).to.equal('2025年3月1日に確認 · データ：JustWatch');

    const none = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" region="DE" .availability=${regions}></watch-availability>`,
    );
    expect(part(none, 'provenance')).to.equal(undefined);
  });

  describe('empty state', () => {
    // The seed film: a 2018 documentary on no streaming service.
    it('is accessible', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="GB" film-id="little-pyongyang-2018" film-title="Little Pyongyang" year="2018"></watch-availability>`,
      );
      expect(part(el, 'title')!.textContent).to.equal('Not available to stream in the United Kingdom');
      expect(part(el, 'notify')!.textContent).to.equal('Add to watchlist to be notified when it’s available');
      expect(part(el, 'notify')!.getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('never leaves one word alone on the last line of Notify me, from 176 to 480 px, in English, French and German', async () => {
      const alone: string[] = [];
      for (const lang of ['en', 'fr', 'de']) {
        const el = await fixture<WatchAvailability>(
          html`<watch-availability lang=${lang} region="GB" film-id="p" film-title="Little Pyongyang"></watch-availability>`,
        );
        const label = part(el, 'notify')!.querySelector('span')!;
        for (let width = 176; width <= 480; width += 8) {
          el.style.width = `${width}px`;
          const words = wordBoxes(label);
          const last = words.at(-1)!;
          if (linesOf(label) > 1 && words.filter((word) => word.top === last.top).length === 1)
            alone.push(`${lang} at ${width} px: "${last.word}"`);
        }
      }
      expect(alone).to.deep.equal([]);
    });

    it("names the film in the button's name, after its visible text, as the card's button does", async () => {
      const names = [];
      for (const lang of ['en', 'fr'])
        for (const title of ['Little Pyongyang', '']) {
          const el = await fixture<WatchAvailability>(
            html`<watch-availability lang=${lang} region="GB" film-id="p" film-title=${title}></watch-availability>`,
          );
          names.push(part(el, 'notify')!.getAttribute('aria-label'));
        }
      expect(names).to.deep.equal([
        'Add to watchlist to be notified when it’s available: Little Pyongyang',
        null,
        'Ajouter à ma liste pour être prévenu quand il sera disponible\u00a0: Little Pyongyang',
        null,
      ]);
    });

    it('says in every language what the one button does, and what it did', async () => {
      const said: string[] = [];
      for (const lang of ['en', 'es', 'fr', 'de', 'ko', 'ja']) {
        const el = await fixture<WatchAvailability>(
          html`<watch-availability lang=${lang} region="GB" film-id="lp"></watch-availability>`,
        );
        const before = part(el, 'notify')!.textContent;
        part(el, 'notify')!.click();
        await el.updateComplete;
        const after = part(el, 'notify')!.textContent;
        expect(after, lang).not.to.equal(before);
        said.push(before, after);
      }
      expect(new Set(said).size).to.equal(12, 'each language has its own two sentences');
      expect(said.slice(0, 2)).to.deep.equal([
        'Add to watchlist to be notified when it’s available',
        'In your watchlist: we’ll show it here when it streams',
      ]);
    });

    it("shows a site's own suggestion from the suggestion slot, under the button", async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="GB" film-id="lp"
          ><p slot="suggestion">…but watch free films on <a href="https://example.com/">Watch Now</a></p></watch-availability
        >`,
      );
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="suggestion"]')!;
      expect(slot.closest('[part~="empty"]')).not.to.equal(null);
      expect(slot.assignedElements()[0]!.textContent).to.contain('Watch Now');
      const suggestion = el.querySelector('p')!.getBoundingClientRect();
      expect(suggestion.height).to.be.greaterThan(0);
      expect(suggestion.top).to.be.at.least(part(el, 'notify')!.getBoundingClientRect().bottom);
      await expect(el).to.be.accessible();
    });

    it('asks to add the film to the watchlist, then shows it pressed', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="GB" film-id="little-pyongyang-2018" film-title="Little Pyongyang" year="2018"></watch-availability>`,
      );
      const event = oneEvent<WatchlistEvent>(el, 'watchlist-add');
      part(el, 'notify')!.click();
      const { detail, bubbles, composed, cancelable } = await event;
      expect(detail).to.deep.equal({
        film: { id: 'little-pyongyang-2018', title: 'Little Pyongyang', year: 2018 },
      });
      expect([bubbles, composed, cancelable]).to.deep.equal([true, true, true]);
      await el.updateComplete;
      expect(el.inWatchlist).to.equal(true);
      expect(el.hasAttribute('in-watchlist')).to.equal(true);
      expect(part(el, 'notify')!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();

      const removed = oneEvent<WatchlistEvent>(el, 'watchlist-remove');
      part(el, 'notify')!.click();
      expect((await removed).detail.film.id).to.equal('little-pyongyang-2018');
      await el.updateComplete;
      expect(part(el, 'notify')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('keeps its state when the host vetoes', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="GB" film-id="tt1"></watch-availability>`,
      );
      let asked = 0;
      const veto = (event: Event) => {
        asked++;
        event.preventDefault();
      };
      document.addEventListener('watchlist-add', veto);
      part(el, 'notify')!.click();
      document.removeEventListener('watchlist-add', veto);
      await el.updateComplete;
      expect(asked, 'the host was asked').to.equal(1);
      expect(el.inWatchlist).to.equal(false);
      expect(el.hasAttribute('in-watchlist')).to.equal(false);
      expect(part(el, 'notify')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('follows a host that vetoes from inside a shadow root, as a card does', async () => {
      const host = document.body.appendChild(document.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<watch-availability lang="en" region="GB" film-id="tt1"></watch-availability>';
      let asked = 0;
      root.addEventListener('watchlist-add', (event) => {
        asked++;
        event.preventDefault();
      });
      const el = root.querySelector('watch-availability')!;
      await el.updateComplete;
      part(el, 'notify')!.click();
      await el.updateComplete;
      host.remove();
      expect(asked, 'the host was asked').to.equal(1);
      expect(el.inWatchlist).to.equal(false);
    });

    it('shows the pressed state when the film is already on the watchlist', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="GB" film-id="lp" in-watchlist></watch-availability>`,
      );
      expect(part(el, 'notify')!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });
  });

  describe('many offers', () => {
    const many: Offer[] = Array.from({ length: 9 }, (_, i) => ({
      provider: `Service ${i + 1}`,
      kind: i < 5 ? 'stream' : 'buy',
      href: `https://example.com/${i + 1}`,
      price: i < 5 ? undefined : 9.99,
      currency: 'EUR',
    }));

    it('shows a few of each group, then "+N more" for that group, expanding from the keyboard', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" max-offers="2" .offers=${many}></watch-availability>`,
      );
      const [more, buyMore] = all(el, 'more') as [HTMLElement, HTMLElement];
      expect(more.tagName).to.equal('BUTTON');
      expect(texts(el, 'more')).to.deep.equal(['+3 more', '+2 more']);
      expect(more.closest('[part~="group"]')!.textContent).to.contain('Stream');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      // Heard out of context (a screen reader's list of buttons), each button names its group.
      expect([more, buyMore].map((button) => button.getAttribute('aria-label'))).to.deep.equal([
        'Stream: +3 more',
        'Buy: +2 more',
      ]);
      expect(texts(el, 'heading')).to.deep.equal(['Stream', 'Buy']);
      expect(all(el, 'offer')).to.have.length(4);
      await expect(el).to.be.accessible();

      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(all(el, 'offer')).to.have.length(7, 'every stream offer, still two to buy');
      expect(texts(el, 'heading')).to.deep.equal(['Stream', 'Buy']);
      expect(part(el, 'more')).to.equal(more, 'the same button, so focus stays on it');
      expect(buyMore.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(more);
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent.trim()).to.equal('Show fewer');
      expect(more.getAttribute('aria-label')).to.equal('Stream: Show fewer');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(all(el, 'offer')).to.have.length(4);
      expect(more.getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows four of each kind by default, and the fifth itself where "+1 more" would take its place', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" .offers=${many}></watch-availability>`,
      );
      expect(all(el, 'offer')).to.have.length(9, 'five to stream, four to buy');
      expect(part(el, 'more')).to.equal(undefined);
      el.offers = [...many, { provider: 'Service 10', kind: 'stream' }];
      await el.updateComplete;
      expect(all(el, 'offer')).to.have.length(8, 'four of six to stream, four to buy');
      expect(texts(el, 'more')).to.deep.equal(['+2 more']);
    });

    it('never hides a kind of offer: with 15 offers in three kinds, buying still shows', async () => {
      // The counts of a large TMDB listing for the United Kingdom: 2 to stream, 4 to rent, 9 to buy.
      const listing: Offer[] = [
        ...['Netflix', 'Prime Video'].map((provider) => ({ provider, kind: 'stream' as const })),
        ...['Apple TV', 'Prime Video', 'Rakuten TV', 'Sky Store'].map((provider) => ({
          provider,
          kind: 'rent' as const,
        })),
        ...[
          'Apple TV',
          'Prime Video',
          'Rakuten TV',
          'Sky Store',
          'Google Play',
          'YouTube',
          'Microsoft',
          'Chili',
          'BFI',
        ].map((provider) => ({ provider, kind: 'buy' as const })),
      ];
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" max-offers="3" .offers=${listing}></watch-availability>`,
      );
      expect(texts(el, 'heading')).to.deep.equal(['Stream', 'Rent', 'Buy']);
      expect(all(el, 'group').map((group) => group.querySelectorAll('[part~="offer"]').length)).to.deep.equal(
        [2, 4, 3],
      );
      expect(texts(el, 'more')).to.deep.equal(['+6 more']);
    });

    it('says "+N more" in the page language', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="fr" max-offers="3" .offers=${many}></watch-availability>`,
      );
      expect(texts(el, 'more')).to.deep.equal(['+2 autres']);
    });

    it('shows a monogram tile, never a bare name, for a provider without a logo', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" .offers=${many.slice(0, 1)}></watch-availability>`,
      );
      const tile = part(el, 'monogram')!;
      expect(getComputedStyle(tile, '::before').content).to.contain('S');
      const box = tile.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([32, 32]);
      expect(part(el, 'offer')!.getAttribute('aria-label')).to.equal('Stream, Service 1');
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile data', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'java\tscript:alert(1)',
      'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'),
      '\u0001javascript:alert(1)',
      'java\nscript:alert(1)',
      'http://',
      'http://[::1',
      'https://example.com:99999/',
      'ftp://example.com/film',
    ];

    it('renders no link or logo that is not http(s), with one warning for each field', async () => {
      const warnings = captureWarnings();
      const el = await fixture<WatchAvailability>(html`<watch-availability
        lang="en"
        .offers=${hostile.map((url, i) => ({ provider: `P${i}`, kind: 'stream', href: url, logo: url }))}
        max-offers="100"
      ></watch-availability>`);
      el.requestUpdate();
      await el.updateComplete;
      warnings.restore();
      expect(texts(el, 'provider')).to.have.length(hostile.length, 'offers stay, as text');
      expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.innerHTML).not.to.match(/script:|data:|ftp:/i);
      expect(warnings.messages).to.deep.equal([
        'film-cards: <watch-availability> offers.logo: ignored "javascript:alert(1)" (not an http(s) URL)',
        'film-cards: <watch-availability> offers.href: ignored "javascript:alert(1)" (not an http(s) URL)',
      ]);
    });

    it('strips hostile attributes of <watch-offer> written by hand', async () => {
      const hostileName = '<img src=x onerror=alert(1)>';
      const warnings = captureWarnings();
      // As a blogger writes it: plain HTML, where the parser decodes the entities into a tab and a "j".
      const el = await fixture<WatchAvailability>(`<watch-availability lang="en">
        <watch-offer provider="&lt;img src=x onerror=alert(1)&gt;" kind="stream" href="jav&#x09;ascript:alert(1)"
          logo="&#106;avascript:alert(1)"></watch-offer>
      </watch-availability>`);
      warnings.restore();
      expect(links(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(el, 'provider')!.textContent).to.equal(hostileName, 'a provider name is text, never HTML');
      expect(warnings.messages).to.deep.equal([
        'film-cards: <watch-availability> watch-offer.logo: ignored "javascript:alert(1)" (not an http(s) URL)',
        'film-cards: <watch-availability> watch-offer.href: ignored "jav\\tascript:alert(1)" (not an http(s) URL)',
      ]);
    });

    // Qualities are cut at 20 characters: one such word, or several, must still fit a phone's card.
    for (const quality of ['DOLBYVISIONHDR10PLUS', 'Dolby Vision HDR10+']) {
      it(`keeps a 20-character quality "${quality}" inside its offer in a 240 px column`, async () => {
        const el = await fixture<WatchAvailability>(html`<watch-availability
          lang="en"
          style="display: block; width: 240px"
          .offers=${[{ provider: 'Amazon Prime Video Store', kind: 'buy', href: 'https://example.com/', quality, price: 9.99, currency: 'GBP' }]}
        ></watch-availability>`);
        const offer = part(el, 'offer')!.getBoundingClientRect();
        const column = el.getBoundingClientRect();
        expect(offer.right, 'the offer inside the column').to.be.at.most(column.right + 0.5);
        for (const name of ['monogram', 'provider', 'quality', 'price']) {
          const box = part(el, name)!.getBoundingClientRect();
          expect(box.left, `${name} starts inside the offer`).to.be.at.least(offer.left - 0.5);
          expect(box.right, `${name} ends inside the offer`).to.be.at.most(offer.right + 0.5);
        }
        // A tag of several words wraps between them and leaves the provider's name room for its
        // words: no more lines than it has words. (One 20-letter word takes half the offer.)
        if (quality.includes(' ')) {
          expect(linesOf(part(el, 'provider')!), "the provider's name, in lines").to.be.at.most(4);
        }
      });
    }

    it('keeps only a safe attribution link', async () => {
      const warnings = captureWarnings();
      const el = await fixture<WatchAvailability>(html`<watch-availability
        lang="en"
        .availability=${[{ region: 'GB', offers: [], attribution: { name: 'JustWatch', href: 'javascript:alert(1)' }, checkedAt: 'yesterday' }]}
      ></watch-availability>`);
      warnings.restore();
      expect(part(el, 'provenance')!.textContent.trim()).to.equal('Data: JustWatch');
      expect(part(el, 'provenance')!.querySelector('a')).to.equal(null);
      expect(warnings.messages).to.have.length(2);
    });
  });

  describe('offer-select', () => {
    it('fires with the offer and film id when a user activates a link', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" film-id="tt1" .offers=${offers}></watch-availability>`,
      );
      const navigation = holdNavigation();
      const event = oneEvent<OfferSelectEvent>(el, 'offer-select');
      links(el)[0]!.click();
      const { detail, bubbles, composed, cancelable } = await event;
      navigation.restore();
      expect(detail.filmId).to.equal('tt1');
      expect(detail.offer).to.include({
        provider: 'Netflix',
        kind: 'stream',
        href: 'https://www.netflix.com/title/1',
      });
      expect([bubbles, composed, cancelable]).to.deep.equal([true, true, true]);
      expect(navigation.prevented).to.deep.equal([false], 'the browser follows the link');
    });

    it('lets a host cancel it and route the click itself', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" .offers=${offers}></watch-availability>`,
      );
      const navigation = holdNavigation();
      const routed: string[] = [];
      const route = (event: OfferSelectEvent) => {
        event.preventDefault();
        routed.push(event.detail.offer.href!);
      };
      document.addEventListener('offer-select', route);
      links(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      document.removeEventListener('offer-select', route);
      navigation.restore();
      expect(routed).to.deep.equal(['https://www.netflix.com/title/1']);
      expect(navigation.prevented).to.deep.equal([true], 'the browser does not follow the link');
    });

    it('fires for a middle click too, and says modified for a middle click or Ctrl, ⌘, Shift or Alt, so a router can leave those to the browser', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" film-id="  tt1 " .offers=${offers}></watch-availability>`,
      );
      const navigation = holdNavigation();
      const heard: [boolean, boolean, string | undefined][] = [];
      // A router as the docs write one: new tabs and windows are the browser's.
      const route = (event: OfferSelectEvent) => {
        heard.push([event.detail.modified, event.cancelable, event.detail.filmId]);
        if (!event.detail.modified) event.preventDefault();
      };
      document.addEventListener('offer-select', route);
      const init = { bubbles: true, cancelable: true, composed: true };
      const link = links(el)[0]!;
      for (const key of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'])
        link.dispatchEvent(new MouseEvent('click', { ...init, [key]: true }));
      link.dispatchEvent(new MouseEvent('auxclick', { ...init, button: 1 }));
      link.dispatchEvent(new MouseEvent('auxclick', { ...init, button: 2 })); // a right click opens a menu
      link.click();
      document.removeEventListener('offer-select', route);
      navigation.restore();
      expect(heard).to.deep.equal([
        [true, true, 'tt1'],
        [true, true, 'tt1'],
        [true, true, 'tt1'],
        [true, true, 'tt1'],
        [true, true, 'tt1'],
        [false, true, 'tt1'],
      ]);
      expect(navigation.prevented).to.deep.equal([false, false, false, false, false, false, true]);
    });
  });

  it('fires no event when code sets its properties', async () => {
    const el = await fixture<WatchAvailability>(html`<watch-availability lang="en"></watch-availability>`);
    const fired = recordEvents(el);
    el.offers = offers;
    el.inWatchlist = true;
    el.region = 'DE';
    el.availability = regions;
    el.filmId = 'tt2';
    el.maxOffers = 1;
    await el.updateComplete;
    el.offers = [];
    el.availability = [];
    el.inWatchlist = false;
    await el.updateComplete;
    expect(fired).to.deep.equal([]);
  });

  it('takes its heading level from heading-level', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability lang="en" heading-level="2" .offers=${offers}></watch-availability>`,
    );
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('3');
  });

  it('lays out right to left', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability region="EG" .offers=${offers.slice(0, 2)}></watch-availability>`,
      inside({ dir: 'rtl', lang: 'ar-EG', style: 'width: 600px' }),
    );
    const box = el.getBoundingClientRect();
    const first = all(el, 'offer')[0]!.getBoundingClientRect();
    expect(Math.round(box.right - first.right)).to.equal(0, 'the first offer starts at the right');
    expect(first.left).to.be.greaterThan(box.left + 100);
    // No Arabic strings ship: the sentence falls back to English, and names the region in English too.
    expect(part(el, 'title')!.textContent).to.equal('Where to watch in Egypt');
    expect(part(el, 'price')!.textContent).to.match(/٧٫٩٩/, 'numbers still follow the page language');
    await expect(el).to.be.accessible();
  });
});
