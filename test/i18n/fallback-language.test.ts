import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/watch-availability/define.js';
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
    <film-card src="/api/status/404" loading="eager"></film-card>
    <watch-availability region="GB" film-id="p" film-title="Parasite" .offers=${[]}></watch-availability>
  </div>`);
  const card = wrapper.querySelector('film-card')!;
  const failed = wrapper.querySelector('film-card[src*="404"]')!;
  await waitUntil(() => shadow(card).querySelector('watch-availability'), 'the card', { timeout: 5000 });
  await waitUntil(() => shadow(failed).querySelector('[part~="retry"]'), 'the error', { timeout: 5000 });
  await settle([wrapper]);
  const availability = inside(card, 'watch-availability');
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
      "the rating's spoken sentence": inside(inside(card, 'rating-badge'), '[part~="badge"]'),
      'the watchlist button': inside(inside(card, 'watchlist-button'), '[part~="button"]'),
      'the availability title': inside(availability, '[part~="title"]'),
      "an offer group's heading": inside(availability, '[part~="heading"]'),
      "an offer's spoken name": inside(availability, '[part~="offer"]'),
      "the check date's sentence": inside(availability, '[part~="provenance"] time'),
      "the data source's sentence": inside(availability, '[part~="provenance"] span'),
      'the error': inside(failed, '[part~="error"] p'),
      Retry: inside(failed, '[part~="retry"]'),
      '"Not available to stream"': inside(wrapper.querySelector('watch-availability')!, '[part~="title"]'),
      'the notify button': inside(wrapper.querySelector('watch-availability')!, '[part~="notify"]'),
    },
    // Values formatted in the page's language
    values: {
      'the release date': facts.find((dd) => dd.textContent.trim() === released)!,
      'the check date': [...shadow(availability).querySelectorAll('[part~="provenance"] time *')].at(-1)!,
    },
  };
}

describe('a page in a language without messages', () => {
  it('marks the English text lang="en" and leaves the formatted values in the page\'s language', async () => {
    const { labels, values } = await page('it');
    const languages = (pieces: Record<string, Element>) =>
      Object.fromEntries(Object.entries(pieces).map(([name, element]) => [name, languageOf(element)]));
    expect(languages(labels)).to.deep.equal(
      Object.fromEntries(Object.keys(labels).map((name) => [name, 'en'])),
    );
    expect(languages(values)).to.deep.equal({ 'the release date': 'it', 'the check date': 'it' });
  });

  it('marks nothing on a page whose language has messages: all of it is French', async () => {
    const { labels, values } = await page('fr');
    const marked = [...Object.values(labels), ...Object.values(values)].filter(
      (element) => languageOf(element) !== 'fr',
    );
    expect(marked.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
  });
});
