// Hand-written twins of the card's children: <rating-badge>, <watchlist-button> and
// <watch-availability>. Each renders the same shadow DOM as the library's element for the data
// the benchmark uses (valid scores, known sources, offers in the reader's region) and nothing
// more: fallback states are where a library earns its size, not where the floor is measured.
import { attachRoot, setAttr, setText, template } from './dom.js';
import {
  formatLongDay,
  formatNumber,
  formatPrice,
  formatScore,
  formatVotes,
  kindNames,
  kinds,
  region,
  regionName,
  sources,
} from './format.js';

const badgeMarkup = template(`<span part="badge" role="img">
      <span part="source"></span>
      <span part="stars">★★★★★<span class="filled">★★★★★</span></span>
      <span part="value"></span>
      <span part="scale"></span>
      <span part="votes"></span>
    </span>`);

export class VanillaRating extends HTMLElement {
  static observedAttributes = ['value', 'max', 'votes', 'source'];
  static sheets = [];
  #parts;

  connectedCallback() {
    if (!this.#parts) {
      const root = attachRoot(this, VanillaRating.sheets);
      root.append(document.importNode(badgeMarkup.content, true));
      const [source, stars, value, scale, votes] = root.firstElementChild.children;
      this.#parts = {
        badge: root.firstElementChild,
        source,
        filled: stars.firstElementChild,
        value,
        scale,
        votes,
      };
    }
    this.#render();
  }

  attributeChangedCallback() {
    if (this.#parts) this.#render();
  }

  #render() {
    const { badge, source, filled, value, scale, votes } = this.#parts;
    const id = this.getAttribute('source') ?? '';
    const [label, sourceMax] = sources[id.toLowerCase()] ?? [id, 10];
    const max = Number(this.getAttribute('max')) || sourceMax;
    const score = Math.min(Number(this.getAttribute('value')), max);
    const count = this.hasAttribute('votes') ? Number(this.getAttribute('votes')) : undefined;
    const shown = formatScore(score, max);
    const by =
      count === undefined
        ? ''
        : ` by ${formatNumber(count)}${label ? ` ${label}` : ''} user${count === 1 ? '' : 's'}`;
    setAttr(badge, 'aria-label', `Rated ${shown} out of ${formatNumber(max)}${by}`);
    setText(source, label);
    // Through CSSOM, as the badge does, so that a strict Content-Security-Policy allows it.
    const fill = `${(score / max) * 100}%`;
    if (filled.style.getPropertyValue('--fill') !== fill) filled.style.setProperty('--fill', fill);
    setText(value, shown);
    setText(scale, `/${formatNumber(max)}`);
    setText(votes, count === undefined ? '' : `(${formatVotes(count)})`);
  }
}

const buttonMarkup = template(
  `<button part="button" type="button"><svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h12v18l-6-4.5L6 21z" /></svg><span part="label"></span></button>`,
);

export class VanillaWatchlist extends HTMLElement {
  static observedAttributes = ['film-id', 'film-title', 'year', 'in-watchlist'];
  static sheets = [];
  #button;

  get inWatchlist() {
    return this.hasAttribute('in-watchlist');
  }

  set inWatchlist(value) {
    this.toggleAttribute('in-watchlist', Boolean(value));
  }

  connectedCallback() {
    setAttr(this, 'variant', 'button');
    if (!this.#button) {
      const root = attachRoot(this, VanillaWatchlist.sheets);
      root.append(document.importNode(buttonMarkup.content, true));
      this.#button = root.firstElementChild;
      this.#button.addEventListener('click', () => this.toggle());
    }
    this.#render();
  }

  attributeChangedCallback() {
    if (this.#button) this.#render();
  }

  /** A click: flip, tell the page, and flip back if the page says no. */
  toggle() {
    const saved = !this.inWatchlist;
    this.inWatchlist = saved;
    const film = { id: this.getAttribute('film-id'), title: this.getAttribute('film-title') };
    const event = new CustomEvent(saved ? 'watchlist-add' : 'watchlist-remove', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { film },
    });
    if (!this.dispatchEvent(event)) this.inWatchlist = !saved;
  }

  #render() {
    const label = this.inWatchlist ? 'In watchlist' : 'Add to watchlist';
    const title = this.getAttribute('film-title');
    setAttr(this.#button, 'aria-pressed', String(this.inWatchlist));
    setAttr(this.#button, 'aria-label', title ? `${label}: ${title}` : undefined);
    setText(this.#button.lastElementChild, label);
  }
}

const groupMarkup = template(
  `<div part="group"><div part="heading" role="heading"></div><ul role="list"></ul></div>`,
);
const offerMarkup = template(
  `<li><a part="offer" target="_blank" rel="noopener noreferrer"><span part="provider"></span></a></li>`,
);

// With offers to show, `in-watchlist` changes nothing visible here, so it is not observed.
export class VanillaAvailability extends HTMLElement {
  static sheets = [];
  #availability;
  #shown;
  #root;

  get availability() {
    return this.#availability;
  }

  set availability(value) {
    this.#availability = value;
    if (this.#root) this.#render();
  }

  connectedCallback() {
    this.#root ??= attachRoot(this, VanillaAvailability.sheets);
    this.#render();
  }

  #render() {
    const entry = this.#availability?.find((item) => item.region === region) ?? this.#availability?.[0];
    // New data that says the same thing leaves the DOM alone, as a diffing renderer would.
    const key = JSON.stringify(entry);
    if (key === this.#shown) return;
    this.#shown = key;
    const title = document.createElement('div');
    title.setAttribute('part', 'title');
    title.setAttribute('role', 'heading');
    const level = Number(this.getAttribute('heading-level')) || 3;
    title.setAttribute('aria-level', String(level));
    title.textContent = `Where to watch in the ${regionName(entry.region)}`;
    const groups = kinds
      .map((kind) =>
        this.#group(
          kind,
          entry.offers.filter((offer) => offer.kind === kind),
          level + 1,
        ),
      )
      .filter(Boolean);
    this.#root.replaceChildren(title, ...groups, '\n    ', this.#provenance(entry));
  }

  #group(kind, offers, level) {
    if (!offers.length) return undefined;
    const group = document.importNode(groupMarkup.content, true).firstElementChild;
    const [heading, list] = group.children;
    heading.setAttribute('aria-level', String(level));
    heading.textContent = kindNames[kind];
    for (const { provider, href, quality, price, currency } of offers) {
      const item = document.importNode(offerMarkup.content, true).firstElementChild;
      const link = item.firstElementChild;
      const cost = price === undefined ? '' : formatPrice(price, currency);
      link.href = href;
      link.setAttribute('aria-label', [kindNames[kind], provider, quality, cost].filter(Boolean).join(', '));
      link.firstElementChild.textContent = provider;
      if (quality) link.append(' ', span('quality', quality));
      if (cost) link.append(' ', span('price', cost));
      list.append(item);
    }
    return group;
  }

  #provenance({ checkedAt, attribution }) {
    const paragraph = document.createElement('p');
    paragraph.setAttribute('part', 'provenance');
    const date = new Date(checkedAt);
    const time = document.createElement('time');
    time.setAttribute('datetime', checkedAt);
    time.textContent = `Checked on ${formatLongDay(date)}`;
    paragraph.append(time, ` · Data: ${attribution.name}`);
    return paragraph;
  }
}

function span(part, text) {
  const element = document.createElement('span');
  element.setAttribute('part', part);
  element.textContent = text;
  return element;
}
