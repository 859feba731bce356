import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/rating-badge/define.js';
import '../../src/watchlist-button/define.js';
import '../../src/watch-availability/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import { settle } from '../hardening/helpers.js';

// docs/styling.md: custom properties are set "on the element, a wrapper or :root". Each way of
// setting one must reach the element that reads it, inside a card as well as on its own.

const red = 'rgb(179, 38, 30)';
const green = 'rgb(1, 180, 104)';

const shadow = (el: Element) => el.shadowRoot!;
const filledStars = (badge: Element) => shadow(badge).querySelector('.rating-filled')!;
const titleOf = (card: FilmCard) => shadow(card).querySelector('[part~="title"]')!;
/** The watchlist button a card draws in its own shadow root. */
const buttonInCard = (card: FilmCard) => shadow(card).querySelector('[part~="watchlist-button"]')!;
/** The "Notify me" button of the availability block a card draws in its own shadow root. */
const notifyInCard = (card: FilmCard) => shadow(card).querySelector('[part~="availability-notify"]')!;

const card = html`<film-card film-id="p" film-title="Parasite" year="2019" rating="8.5" votes="10" rating-source="imdb" offers="none" lang="en"></film-card>`;

/** Two cards under a rule of card tokens; the second also under a rule of its children's own tokens. */
async function cardThenOwn(cardTokens: string, ownTokens: string): Promise<FilmCard[]> {
  const wrapper = await fixture(html`<div>
    <style>
      .accented { ${cardTokens} }
      .own { ${ownTokens} }
    </style>
    <div class="accented">${card}</div>
    <div class="accented own">${card}</div>
  </div>`);
  await settle([wrapper]);
  return [...wrapper.querySelectorAll<FilmCard>('film-card')];
}

describe('custom properties', () => {
  for (const where of ['the element', 'a wrapper', ':root'] as const) {
    it(`set on ${where}, restyle a card and the badge inside it`, async () => {
      const rule = `--film-card-color: ${red}; --rating-badge-star-color: ${red};`;
      const wrapper = await fixture(html`<div>
        <style>
          ${where === 'the element' ? 'film-card' : where === 'a wrapper' ? '.themed' : ':root'} { ${rule} }
        </style>
        <div class="themed">${card}</div>
      </div>`);
      await settle([wrapper]);
      const el = wrapper.querySelector('film-card')!;
      expect(getComputedStyle(titleOf(el)).color, 'card text').to.equal(red);
      const starsInCard = shadow(el).querySelector('[part~="rating-stars"] .rating-filled')!;
      expect(getComputedStyle(starsInCard).color, 'stars in the card').to.equal(red);
    });

    it(`set on ${where}, restyle an element on its own`, async () => {
      const wrapper = await fixture(html`<div>
        <style>
          ${where === 'the element' ? 'rating-badge, watchlist-button' : where === 'a wrapper' ? '.themed' : ':root'} {
            --rating-badge-star-color: ${red}; --watchlist-button-color: ${red};
          }
        </style>
        <div class="themed">
          <rating-badge value="8" source="imdb"></rating-badge>
          <watchlist-button film-id="a" film-title="Parasite"></watchlist-button>
        </div>
      </div>`);
      await settle([wrapper]);
      const badge = wrapper.querySelector('rating-badge')!;
      const button = shadow(wrapper.querySelector('watchlist-button')!).querySelector('button')!;
      expect(getComputedStyle(filledStars(badge)).color, 'stars').to.equal(red);
      expect(getComputedStyle(button).color, 'button text').to.equal(red);
    });
  }

  it("inside a card, the badge, the availability block and the button take the card's colors unless their own are set", async () => {
    const blue = 'rgb(11, 87, 208)';
    const cards = await cardThenOwn(
      `--film-card-accent-color: ${red}; --film-card-muted-color: ${blue};`,
      `--watchlist-button-color: ${green}; --watch-availability-accent-color: ${green}; --rating-badge-muted-color: ${green};`,
    );
    const colors = cards.map((el) => {
      const button = buttonInCard(el);
      return {
        button: getComputedStyle(button).color,
        border: getComputedStyle(button).borderTopColor,
        notify: getComputedStyle(notifyInCard(el)).color,
        votes: getComputedStyle(shadow(el).querySelector('[part~="rating-votes"]')!).color,
      };
    });
    /** `color` at 50 % over transparent, as the browser computes color-mix(). */
    const half = (color: string) => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = `color-mix(in srgb, ${color} 50%, transparent)`;
      const mixed = getComputedStyle(probe).color;
      probe.remove();
      return mixed;
    };
    expect(colors[0], "the card's").to.deep.equal({
      button: red,
      border: half(red),
      notify: red,
      votes: blue,
    });
    expect(colors[1], 'their own').to.deep.equal({
      button: green,
      border: half(green),
      notify: green,
      votes: green,
    });
  });

  it('inside a card, a pressed watchlist button keeps the color it is given', async () => {
    const cards = await cardThenOwn(
      `--film-card-accent-color: ${red};`,
      `--watchlist-button-color: ${green};`,
    );
    for (const el of cards) el.inWatchlist = true;
    for (const el of cards) await el.updateComplete;
    const buttons = cards.map(buttonInCard);
    expect(
      buttons.map((button) => button.getAttribute('aria-pressed')),
      'pressed',
    ).to.deep.equal(['true', 'true']);
    const colors = buttons.map((button) => getComputedStyle(button).color);
    expect(colors).to.deep.equal([red, green]);
  });

  it("inside a card that streams nowhere, the notify button takes the watchlist button's color", async () => {
    // The card's one watchlist action there: restyling the watchlist button restyles it too.
    const cards = await cardThenOwn(
      `--film-card-accent-color: ${red};`,
      `--watchlist-button-color: ${green};`,
    );
    const colors = cards.map((el) => getComputedStyle(notifyInCard(el)).color);
    expect(colors).to.deep.equal([red, green]);
  });

  it("leaves the page's own elements in a card's slots to their own colors", async () => {
    const wrapper = await fixture(html`<div>
      <film-card film-id="p" film-title="Parasite" lang="en" style="--film-card-accent-color: ${red}">
        <watchlist-button slot="actions" film-id="q" film-title="Okja"></watchlist-button>
        <rating-badge slot="footer" value="7" votes="10" source="imdb"></rating-badge>
      </film-card>
      <rating-badge value="7" votes="10" source="imdb"></rating-badge>
    </div>`);
    await settle([wrapper]);
    const el = wrapper.querySelector('film-card')!;
    const slotted = el.querySelector('watchlist-button')!;
    const [inside, outside] = [...wrapper.querySelectorAll('rating-badge')].map(
      (badge) => getComputedStyle(shadow(badge).querySelector('[part~="votes"]')!).color,
    );
    expect(getComputedStyle(shadow(slotted).querySelector('button')!).color, 'button').to.equal(
      getComputedStyle(el).color,
    );
    // The badge's muted default is its own text color at 68 %: the card's text color inside, the page's outside.
    expect(inside, 'badge').to.not.equal(outside);
    expect(inside, 'badge').to.match(/^color\(srgb|^rgba\(/);
  });

  it("set with light-dark() on :root, follow each card's color scheme", async () => {
    const pink = 'rgb(242, 184, 181)';
    const wrapper = await fixture(html`<div>
      <style>
        :root { --film-card-accent-color: light-dark(${red}, ${pink}); }
      </style>
      <film-card theme="light" film-id="a" film-title="Parasite" lang="en"></film-card>
      <film-card theme="dark" film-id="b" film-title="Parasite" lang="en"></film-card>
    </div>`);
    await settle([wrapper]);
    const accents = [...wrapper.querySelectorAll('film-card')].map(
      (el) => getComputedStyle(buttonInCard(el)).color,
    );
    expect(accents).to.deep.equal([red, pink]);
  });

  it('--film-card-gap spaces poster and details: 1.5× of it side by side, 0.75× stacked on a narrow card', async () => {
    const gaps: number[] = [];
    for (const width of [800, 300]) {
      const el = await fixture<FilmCard>(
        html`<film-card style=${`width: ${width}px; --film-card-gap: 2rem`} poster="/demo/posters/amelie.svg" film-title="Amélie" offers="none" lang="en"></film-card>`,
      );
      await settle([el]);
      const poster = shadow(el).querySelector('[part~="poster"]')!.getBoundingClientRect();
      const body = shadow(el).querySelector('[part~="body"]')!.getBoundingClientRect();
      gaps.push(width === 800 ? body.left - poster.right : body.top - poster.bottom);
    }
    expect(gaps).to.deep.equal([48, 24]);
  });
});
