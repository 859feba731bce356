// The practical floor for <film-card>: a hand-written custom element that builds the same DOM in
// a shadow root by cloning a <template> and filling in text, with no library at all. It registers
// under the library's own tag names (on its own page), so both sides match the same CSS selectors
// and run through the same benchmark code.
import { attachRoot, setAttr, setText, syncChildren, template } from './dom.js';
import { VanillaAvailability, VanillaRating, VanillaWatchlist } from './vanilla-children.js';
import { formatDay, formatList, formatRuntime, languageName } from './format.js';

// The card's own threshold: longer synopses start clamped behind a "More" button.
const CLAMP_AFTER = 220;

const cardMarkup = template(`<article part="card" class="full" aria-labelledby="title">
      <div part="poster"><img loading="lazy" decoding="async"></div>
      <div part="body">
        <div part="title" role="heading" aria-level="3" id="title">
          <a target="_blank" rel="noopener noreferrer"></a>
        </div>
        <p part="original-title"><span class="visually-hidden">Original title: </span><span></span></p>
        <ul part="meta"></ul>
        <div part="ratings"></div>
        <dl part="facts"></dl> <p part="synopsis" id="synopsis"></p>
      <button part="more" class="link-button" aria-expanded="false" aria-controls="synopsis">More</button>
        <watch-availability part="availability"></watch-availability>
        <div part="actions">
          <watchlist-button part="watchlist"></watchlist-button>
          <slot name="actions"></slot>
        </div>
        <slot name="footer"></slot>
      </div>
    </article>`);

const filmAttributes = [
  'film-id',
  'film-title',
  'original-title',
  'year',
  'release-date',
  'runtime',
  'language',
  'genres',
  'synopsis',
  'poster',
  'poster-alt',
  'rating',
  'rating-max',
  'votes',
  'rating-source',
  'href',
];

export class VanillaCard extends HTMLElement {
  static observedAttributes = [...filmAttributes, 'in-watchlist'];
  static sheets = [];
  #film;
  #parts;
  #shape;
  #open = false;
  #pending;

  get film() {
    return this.#film;
  }

  set film(value) {
    this.#film = value;
    this.#schedule();
  }

  get inWatchlist() {
    return this.hasAttribute('in-watchlist');
  }

  set inWatchlist(value) {
    this.toggleAttribute('in-watchlist', Boolean(value));
  }

  /** Resolves once pending changes are on screen, as Lit's does, so the benchmark waits the same way. */
  get updateComplete() {
    return this.#pending ?? Promise.resolve(true);
  }

  connectedCallback() {
    setAttr(this, 'variant', 'full');
    this.#render();
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  // Several changes in one task (a new rating and the watchlist state) make one render.
  #schedule() {
    if (!this.isConnected || this.#pending) return;
    this.#pending = Promise.resolve().then(() => {
      this.#pending = undefined;
      this.#render();
      return true;
    });
  }

  #render() {
    const film = this.#film ?? fromAttributes(this);
    const shape = [
      film.originalTitle && film.originalTitle !== film.title,
      film.ratings?.length,
      film.synopsis,
      film.availability,
      film.id,
    ]
      .map(Boolean)
      .join();
    if (shape !== this.#shape) this.#build(film, (this.#shape = shape));
    this.#fill(film);
  }

  /** Clones the markup and drops the parts this film has no data for. */
  #build(film, shape) {
    const root = this.shadowRoot ?? attachRoot(this, VanillaCard.sheets);
    const content = document.importNode(cardMarkup.content, true);
    const part = (name) => content.querySelector(`[part="${name}"]`);
    const parts = {
      img: content.querySelector('img'),
      link: content.querySelector('a'),
      original: part('original-title'),
      meta: part('meta'),
      ratings: part('ratings'),
      facts: part('facts'),
      synopsis: part('synopsis'),
      more: part('more'),
      availability: part('availability'),
      watchlist: part('watchlist'),
    };
    const [original, ratings, synopsis, availability, id] = shape.split(',').map((flag) => flag === 'true');
    const keep = (name, wanted) => {
      if (wanted) return;
      parts[name].remove();
      parts[name] = undefined;
    };
    keep('original', original);
    keep('ratings', ratings);
    keep('synopsis', synopsis);
    keep('more', synopsis && film.synopsis.length > CLAMP_AFTER);
    keep('availability', availability);
    keep('watchlist', id);
    parts.more?.addEventListener('click', () => {
      this.#open = !this.#open;
      this.#render();
    });
    parts.watchlist?.addEventListener('watchlist-add', () => (this.inWatchlist = true));
    parts.watchlist?.addEventListener('watchlist-remove', () => (this.inWatchlist = false));
    this.#parts = parts;
    // Filled before it is attached, so the children render once, with their data.
    this.#fill(film);
    root.replaceChildren(content);
  }

  #fill(film) {
    const { img, link, original, meta, ratings, facts, synopsis, more, availability, watchlist } =
      this.#parts;
    const saved = this.inWatchlist;
    setAttr(img, 'src', new URL(film.poster.src, document.baseURI).href);
    setAttr(img, 'alt', film.poster.alt || `Poster for ${film.title}`);
    setAttr(img, 'width', film.poster.width);
    setAttr(img, 'height', film.poster.height);
    setAttr(link, 'href', film.href);
    setText(link, film.title);
    if (original) {
      setAttr(original.lastElementChild, 'lang', film.language);
      setText(original.lastElementChild, film.originalTitle);
    }

    const items = [
      film.year && String(film.year),
      film.runtime && formatRuntime(film.runtime),
      film.genres?.join(', '),
    ].filter(Boolean);
    [...syncChildren(meta, items.length, () => document.createElement('li'))].forEach((li, i) =>
      setText(li, items[i]),
    );

    const badges = ratings
      ? syncChildren(ratings, film.ratings.length, () => document.createElement('rating-badge'))
      : [];
    [...badges].forEach((badge, i) => {
      const { value, scale, votes, source } = film.ratings[i];
      setAttr(badge, 'value', value);
      setAttr(badge, 'max', scale);
      setAttr(badge, 'votes', votes);
      setAttr(badge, 'source', source ?? '');
    });

    const shown = [
      ['Released', film.releaseDate && formatDay(film.releaseDate)],
      ['Original language', film.language && languageName(film.language)],
      ['Directed by', film.directors?.length && formatList(film.directors.map((person) => person.name))],
    ].filter(([, value]) => value);
    const cells = syncChildren(facts, shown.length * 2, () =>
      document.createElement(facts.children.length % 2 ? 'dd' : 'dt'),
    );
    shown.forEach(([label, value], i) => {
      setText(cells[2 * i], label);
      setText(cells[2 * i + 1], value);
    });

    if (synopsis) {
      const long = film.synopsis.length > CLAMP_AFTER;
      setText(synopsis, film.synopsis);
      setAttr(synopsis, 'class', long && !this.#open ? 'clamped' : '');
      if (more) {
        setAttr(more, 'aria-expanded', String(this.#open));
        setText(more, this.#open ? 'Less' : 'More');
      }
    }

    if (availability) {
      availability.availability = film.availability;
      setAttr(availability, 'film-id', film.id);
      setAttr(availability, 'film-title', film.title);
      setAttr(availability, 'year', film.year);
      setAttr(availability, 'heading-level', 4);
      setAttr(availability, 'in-watchlist', saved);
    }

    if (watchlist) {
      setAttr(watchlist, 'film-id', film.id);
      setAttr(watchlist, 'film-title', film.title);
      setAttr(watchlist, 'year', film.year);
      setAttr(watchlist, 'in-watchlist', saved);
    }
  }
}

function fromAttributes(element) {
  const get = (name) => element.getAttribute(name) ?? undefined;
  const number = (name) => (element.hasAttribute(name) ? Number(get(name)) : undefined);
  return {
    id: get('film-id'),
    title: get('film-title'),
    originalTitle: get('original-title'),
    year: number('year'),
    releaseDate: get('release-date'),
    runtime: number('runtime'),
    language: get('language'),
    genres: get('genres')
      ?.split(',')
      .map((genre) => genre.trim()),
    synopsis: get('synopsis'),
    poster: { src: get('poster'), alt: get('poster-alt') },
    ratings: element.hasAttribute('rating')
      ? [
          {
            value: number('rating'),
            scale: number('rating-max'),
            votes: number('votes'),
            source: get('rating-source'),
          },
        ]
      : undefined,
    href: get('href'),
  };
}

/**
 * Registers the baseline under the library's tag names, each with a stylesheet holding the same
 * CSS as its library twin (`css` maps tag names to CSS text), so style matching costs the same.
 */
export function defineBaseline(css) {
  const classes = {
    'film-card': VanillaCard,
    'rating-badge': VanillaRating,
    'watchlist-button': VanillaWatchlist,
    'watch-availability': VanillaAvailability,
  };
  for (const [tag, element] of Object.entries(classes)) {
    element.sheets = (css[tag] ?? []).map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    customElements.define(tag, element);
  }
}
