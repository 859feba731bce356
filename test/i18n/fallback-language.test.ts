import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/watch-availability/define.js';
import '../../src/rating-badge/define.js';
import type { RatingBadge } from '../../src/rating-badge/rating-badge.js';
import { settle } from '../hardening/helpers.js';

// On a page in a language the elements have no messages for (Italian here), they speak English.
// That text is marked lang="en", so that a screen reader reads it with an English voice, while
// what is formatted in the page's language (a date, a language's name) stays in the page's.

/** The language of a node: the nearest `lang` attribute above it, across shadow roots. */
function languageOf(node: Node): string {
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    const lang = element.getAttribute('lang');
    if (lang !== null) return lang;
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

const shadow = (element: Element) => element.shadowRoot!;
const inside = (element: Element, selector: string) => shadow(element).querySelector(selector)!;

/** A card with every piece, a card that failed to load, and a film that streams nowhere. */
async function page(lang: string) {
  const wrapper = await fixture(html`<div lang=${lang}>
    <film-card src="/demo/films/parasite.json" region="GB" loading="eager"></film-card>
    <film-card src="/api/status/503" loading="eager"></film-card>
    <watch-availability region="GB" film-id="p" film-title="Parasite" .offers=${[]}></watch-availability>
  </div>`);
  const card = wrapper.querySelector('film-card')!;
  const failed = wrapper.querySelector('film-card[src*="503"]')!;
  await waitUntil(() => shadow(card).querySelector('[part~="availability"]'), 'the card', { timeout: 5000 });
  await waitUntil(() => shadow(failed).querySelector('[part~="retry"]'), 'the error', { timeout: 5000 });
  await settle([wrapper]);
  // The card draws its availability block in its own shadow root, under parts prefixed `availability-`.
  const availability = inside(card, '[part~="availability"]');
  const inBlock = (selector: string) => availability.querySelector(selector)!;
  const released = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date('2019-05-30'),
  );
  const facts = [...shadow(card).querySelectorAll('[part~="facts"] dd')];
  return {
    // Messages
    labels: {
      "a fact's label": inside(card, '[part~="facts"] dt'),
      "the poster's alt text": inside(card, '[part~="poster"] img'),
      'the synopsis\'s "More"': inside(card, '[part~="more"]'),
      "the rating's spoken sentence": inside(card, '[part~="rating-badge"]'),
      'the watchlist button': inside(card, '[part~="watchlist-button"]'),
      'the availability title': inBlock('[part~="availability-title"]'),
      "an offer group's heading": inBlock('[part~="availability-heading"]'),
      "the check date's sentence": inBlock('[part~="availability-provenance"] time'),
      "the data source's sentence": inBlock('[part~="availability-provenance"] span'),
      'the error': inside(failed, '[part~="error"] p'),
      Retry: inside(failed, '[part~="retry"]'),
      '"Not available to stream"': inside(wrapper.querySelector('watch-availability')!, '[part~="title"]'),
      'the notify button': inside(wrapper.querySelector('watch-availability')!, '[part~="notify"]'),
    },
    // Values formatted in the page's language. An offer's link is among them: its name holds the
    // price as shown, and a name must contain the visible text.
    values: {
      'the release date': facts.find((dd) => dd.textContent.trim() === released)!,
      'the check date': [...availability.querySelectorAll('[part~="availability-provenance"] time *')].at(
        -1,
      )!,
      "an offer's price": inBlock('[part~="availability-offer"] [part~="availability-price"]'),
    },
    badge: inside(card, '[part~="rating-badge"]'),
  };
}

const languages = (pieces: Record<string, Element>) =>
  Object.fromEntries(Object.entries(pieces).map(([name, element]) => [name, languageOf(element)]));

describe('a page in a language without messages', () => {
  for (const lang of ['it', 'pt-BR'])
    it(`marks the English text lang="en" and leaves the formatted values in the page's language (lang="${lang}")`, async () => {
      const { labels, values } = await page(lang);
      expect(languages(labels)).to.deep.equal(
        Object.fromEntries(Object.keys(labels).map((name) => [name, 'en'])),
      );
      expect(languages(values)).to.deep.equal(
        Object.fromEntries(Object.keys(values).map((name) => [name, lang])),
      );
    });

  it('speaks the numbers of an English sentence in English, and shows them as the page writes them', async () => {
    const { badge } = await page('it');
    expect(badge.getAttribute('aria-label')).to.equal('Rated 8.5 out of 10 by 1,000,000 IMDb users');
    expect(badge.querySelector('[part~="rating-value"]')!.textContent).to.equal('8,5');
  });

  it('takes English plurals for an English sentence: Portuguese counts 0 as one, English does not', async () => {
    const badge = await fixture<RatingBadge>(
      html`<rating-badge lang="pt-BR" value="7" votes="0" few-votes="0"></rating-badge>`,
    );
    expect(inside(badge, '[part~="badge"]').getAttribute('aria-label')).to.equal(
      'Rated 7 out of 10 by 0 users',
    );
  });

  for (const lang of ['fr', 'fr-CA'])
    it(`marks nothing on a page whose language has messages: all of it is French (lang="${lang}")`, async () => {
      const { labels, values } = await page(lang);
      const marked = [...Object.values(labels), ...Object.values(values)].filter(
        (element) => languageOf(element) !== lang,
      );
      expect(marked.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    });
});
