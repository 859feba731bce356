// Values of the right type but outside what an attribute accepts, as a blogger mistypes them or a
// framework binds them: each is said once, in a warning that names what is expected, and the
// element goes on with its default. None may stall a card, throw into the page or load forever.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/register.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import type { WatchAvailability } from '../../src/watch-availability/watch-availability.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import { captureWarnings } from '../helpers/console.js';
import { recordPageErrors } from './helpers.js';

const src = '/api/fixture/own-little-pyongyang.json';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('wrong values', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let errors: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    warnings = captureWarnings();
    errors = recordPageErrors();
  });
  afterEach(() => {
    warnings.restore();
    errors.stop();
  });

  /** The warnings that mention `text`. */
  const about = (text: string) => warnings.messages.filter((message) => message.includes(text));

  it('loads a card whose timeout is not a number, once, with the default timeout and one warning', async () => {
    const fetched: string[] = [];
    const fetcher = (input: string) => (fetched.push(input), fetch(input));
    const el = document.createElement('film-card');
    Object.assign(el, { src: `${src}?case=timeout-abc`, loading: 'eager', fetcher });
    el.setAttribute('timeout', 'abc');
    const loaded = oneEvent(el, 'film-load');
    document.body.append(el);
    try {
      await loaded;
      await pause(200);
      expect(fetched, 'requests').to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal(
        'Little Pyongyang',
      );
      expect(about('timeout'), 'warnings about the timeout').to.have.length(1);
      expect(about('timeout')[0]).to.include('"abc"');
    } finally {
      el.remove();
    }
  });

  it('ignores a fetcher or adapters that are not what they must be, with one warning each, and still loads', async () => {
    for (const [property, value] of [
      ['fetcher', 'not a function'],
      ['adapters', 'not a list'],
    ] as const) {
      const el = document.createElement('film-card');
      Object.assign(el, { src: `${src}?case=wrong-${property}`, loading: 'eager', [property]: value });
      const loaded = oneEvent(el, 'film-load');
      document.body.append(el);
      try {
        await loaded;
        expect(about(property), `warnings about ${property}`).to.have.length(1);
      } finally {
        el.remove();
      }
    }
  });

  it('never throws into the page for a region set to a Symbol', async () => {
    const el = await fixture<FilmCard>(
      html`<film-card film-id="x" film-title="Valid title" offers='[{"provider":"P","kind":"stream"}]'></film-card>`,
    );
    (el as unknown as { region: unknown }).region = Symbol('wrong');
    await el.updateComplete.catch((error: unknown) => errors.errors.push(`update: ${String(error)}`));
    await pause(20);
    expect(errors.errors, 'page errors').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Valid title');
    expect(about('region'), 'warnings about the region').to.have.length(1);
  });

  it('says that offers written as broken JSON are not JSON, once', async () => {
    const el = await fixture<WatchAvailability>(
      html`<watch-availability offers="[{" region="GB"></watch-availability>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    const said = about('offers');
    expect(said, `warnings: ${warnings.messages.join(' | ')}`).to.have.length(1);
    expect(said[0]).to.include('"[{" (not a JSON list)');
  });

  it('takes a numeric film id as its digits on a watchlist button, and a year written as text in "Notify me"', async () => {
    const button = await fixture<WatchlistButton>(html`<watchlist-button .filmId=${123}></watchlist-button>`);
    const inner = button.shadowRoot!.querySelector('button')!;
    expect(inner.disabled, 'disabled').to.equal(false);
    const added = oneEvent(button, 'watchlist-add');
    inner.click();
    expect((await added).detail.film).to.deep.equal({ id: '123' });

    const block = await fixture<WatchAvailability>(
      html`<watch-availability offers="[]" film-id="x" film-title="X" .year=${'2019'}></watch-availability>`,
    );
    const notified = oneEvent(block, 'watchlist-add');
    block.shadowRoot!.querySelector<HTMLButtonElement>('[part~="notify"]')!.click();
    expect((await notified).detail.film).to.deep.equal({ id: 'x', title: 'X', year: 2019 });
    expect(about('film-id'), 'warnings about the id').to.deep.equal([]);
  });

  it('says once that a watchlist button leaves a year that is not one out of its events', async () => {
    const button = await fixture<WatchlistButton>(
      html`<watchlist-button film-id="x" year="abc"></watchlist-button>`,
    );
    button.requestUpdate();
    await button.updateComplete;
    expect(about('year'), `warnings: ${warnings.messages.join(' | ')}`).to.have.length(1);
    expect(about('year')[0]).to.include('"abc"');
  });

  describe('regions', () => {
    const offers = JSON.stringify([{ region: 'GB', offers: [{ provider: 'StreamFlix', kind: 'stream' }] }]);
    const title = (el: WatchAvailability) =>
      el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();

    it('reads region="UK", as people write it, as the United Kingdom (GB)', async () => {
      const el = await fixture<WatchAvailability>(
        html`<watch-availability lang="en" region="UK" availability=${offers}></watch-availability>`,
      );
      expect(title(el)).to.equal('Where to watch in the United Kingdom');
      expect(el.shadowRoot!.querySelectorAll('[part~="offer"]')).to.have.length(1);
      expect(warnings.messages, 'warnings').to.deep.equal([]);
    });

    for (const code of ['ZZ', 'QQ'])
      it(`names no region for region="${code}", which no browser can name, and says so once`, async () => {
        const el = await fixture<WatchAvailability>(
          html`<watch-availability lang="en" region=${code} offers="[]"></watch-availability>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(title(el)).to.equal('Not available to stream');
        expect(about(`"${code}"`), `warnings: ${warnings.messages.join(' | ')}`).to.have.length(1);
      });
  });

  const keywords: [tag: string, attribute: string, value: string, expected: string][] = [
    ['film-card', 'variant', 'grid', '"compact"'],
    ['film-card', 'theme', 'blue', '"dark"'],
    ['film-card', 'loading', 'soon', '"eager"'],
    ['film-card', 'watchlist', 'cloud', '"local"'],
    ['film-card', 'heading-level', '9', '1 to 6'],
    ['watchlist-button', 'variant', 'huge', '"icon"'],
    ['watchlist-button', 'watchlist', 'cloud', '"local"'],
    ['watch-availability', 'max-offers', '0', 'from 1'],
    ['watch-availability', 'heading-level', 'abc', '1 to 6'],
    // HTML's rule for boolean attributes, which catches authors out: present is true.
    ['film-card', 'in-watchlist', 'false', 'leave it out'],
    ['film-card', 'json-ld', 'false', 'leave it out'],
    ['watchlist-button', 'in-watchlist', 'false', 'leave it out'],
    ['watch-availability', 'in-watchlist', 'false', 'leave it out'],
  ];
  for (const [tag, attribute, value, expected] of keywords)
    it(`says once that <${tag}> ${attribute}="${value}" is ignored, naming what it takes`, async () => {
      const host = document.createElement('div');
      host.innerHTML = `<${tag} ${attribute}="${value}" film-id="x" film-title="Valid title"></${tag}>`;
      document.body.append(host);
      try {
        const el = host.firstElementChild as FilmCard | WatchlistButton | WatchAvailability;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        const said = about(`${attribute}="${value}"`);
        expect(said, `warnings: ${warnings.messages.join(' | ')}`).to.have.length(1);
        expect(said[0]).to.include(expected);
        expect(errors.errors, 'page errors').to.deep.equal([]);
      } finally {
        host.remove();
      }
    });
});
