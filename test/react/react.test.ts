// The `film-cards/react` entry as a React 19 app uses it: components rendered into a root made by
// react-dom/client, props and handlers written the React way.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { FilmCard, RatingBadge, WatchlistButton } from '../../src/react/index.js';
import type { Film } from '../../src/data/film.js';
import type { FilmCard as FilmCardElement } from '../../src/film-card/film-card.js';
import type { RatingBadge as RatingBadgeElement } from '../../src/rating-badge/rating-badge.js';
import type { WatchlistButton as WatchlistButtonElement } from '../../src/watchlist-button/watchlist-button.js';
import type { WatchlistErrorEvent, WatchlistEvent, WatchlistSavedEvent } from '../../src/watchlist/events.js';
import { loadWatchlistStore } from '../../src/watchlist/load-store.js';
import { readWatchlist, setInWatchlist } from '../../src/watchlist/store.js';

const film: Film = {
  id: 'little-pyongyang-2018',
  title: 'Little Pyongyang',
  year: 2018,
  runtime: 14,
  synopsis: 'A short documentary about a family in exile.',
  ratings: [{ source: 'imdb', value: 7.5, scale: 10, votes: 39 }],
};

const inner = (el: Element | null | undefined, selector: string) =>
  el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('film-cards/react', () => {
  let host: HTMLElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  /** Renders synchronously, so the elements exist when the test looks for them. */
  function render(node: Parameters<Root['render']>[0]) {
    flushSync(() => root.render(node));
  }

  it('renders an accessible card', async () => {
    render(createElement(FilmCard, { film }));
    const card = host.querySelector('film-card')!;
    await card.updateComplete;
    await expect(card).to.be.accessible();
  });

  it('sets `film` as a property, not an attribute, and the card shows it', async () => {
    render(createElement(FilmCard, { film }));
    const card = host.querySelector<FilmCardElement>('film-card')!;
    expect(card.film).to.equal(film);
    expect(card.hasAttribute('film')).to.equal(false);
    await card.updateComplete;
    expect(inner(card, '[part~="title"]')!.textContent.trim()).to.equal('Little Pyongyang');
  });

  it('calls onWatchlistAdd with the film when the watchlist button is clicked', async () => {
    const added: WatchlistEvent[] = [];
    render(createElement(FilmCard, { film, onWatchlistAdd: (event: WatchlistEvent) => added.push(event) }));
    const card = host.querySelector<FilmCardElement>('film-card')!;
    await card.updateComplete;
    inner(card, '[part~="watchlist-button"]')!.click();
    expect(added).to.have.length(1);
    expect(added[0]!.type).to.equal('watchlist-add');
    expect(added[0]!.detail.film).to.deep.equal({
      id: 'little-pyongyang-2018',
      title: 'Little Pyongyang',
      year: 2018,
    });
  });

  it('follows a new handler and stops calling the old one', async () => {
    const calls: string[] = [];
    const props = { filmId: 'tt1', filmTitle: 'Parasite' };
    render(createElement(WatchlistButton, { ...props, onWatchlistAdd: () => calls.push('first') }));
    render(
      createElement(WatchlistButton, {
        ...props,
        onWatchlistAdd: () => calls.push('second'),
        onWatchlistRemove: () => calls.push('removed'),
      }),
    );
    const button = host.querySelector<WatchlistButtonElement>('watchlist-button')!;
    await button.updateComplete;
    inner(button, 'button')!.click();
    await button.updateComplete;
    inner(button, 'button')!.click();
    expect(calls).to.deep.equal(['second', 'removed']);
  });

  it('lets a handler veto the change with preventDefault(), as the element promises', async () => {
    let asked = 0;
    render(
      createElement(WatchlistButton, {
        filmId: 'tt1',
        filmTitle: 'Parasite',
        onWatchlistAdd: (event: WatchlistEvent) => {
          asked++;
          event.preventDefault();
        },
      }),
    );
    const button = host.querySelector<WatchlistButtonElement>('watchlist-button')!;
    await button.updateComplete;
    inner(button, 'button')!.click();
    await button.updateComplete;
    expect(asked, 'the handler was asked').to.equal(1);
    expect(button.inWatchlist).to.equal(false);
    expect(inner(button, 'button')!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('calls onWatchlistError when a change cannot be saved, with why and which film, then onWatchlistSaved once it is', async () => {
    const errors: WatchlistErrorEvent[] = [];
    const saved: WatchlistSavedEvent[] = [];
    render(
      createElement(WatchlistButton, {
        filmId: 'react-unsaved',
        filmTitle: 'Parasite',
        watchlist: 'local',
        onWatchlistError: (event: WatchlistErrorEvent) => errors.push(event),
        onWatchlistSaved: (event: WatchlistSavedEvent) => saved.push(event),
      }),
    );
    const button = host.querySelector<WatchlistButtonElement>('watchlist-button')!;
    await button.updateComplete;
    // The saved watchlist loads on demand: once it is here, the click below writes at once.
    await loadWatchlistStore();
    // Storage refuses the write as a full quota does. Stubbed in this page only: filling the
    // origin's storage for real would reach the test files running beside this one (the real quota
    // is filled in test/reliability/watchlist.test.ts).
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      inner(button, 'button')!.click();
      await button.updateComplete;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]!.type).to.equal('watchlist-error');
    expect(errors[0]!.detail).to.include({ kind: 'quota', saved: true });
    expect(errors[0]!.detail.film.id).to.equal('react-unsaved');
    expect(saved, 'nothing saved yet').to.have.length(0);
    // The next change, from anywhere on the page, saves what waits.
    setInWatchlist({ id: 'react-unsaved-next' }, true);
    await button.updateComplete;
    expect(saved.map((event) => [event.detail.film.id, event.detail.saved])).to.deep.equal([
      ['react-unsaved', true],
    ]);
    setInWatchlist({ id: 'react-unsaved-next' }, false);
    setInWatchlist({ id: 'react-unsaved' }, false);
  });

  // A component sets every prop passed to it at every render: the docs tell which to pass when.
  it('keeps a click through re-renders: local saving with inWatchlist left out, or inWatchlist from app state', async () => {
    await loadWatchlistStore();
    let appList: string[] = [];
    function Buttons() {
      const [renders, setRenders] = useState(0);
      const [list, setList] = useState<string[]>([]);
      appList = list;
      const rerender = () => setRenders(renders + 1);
      return createElement(
        'div',
        null,
        createElement(WatchlistButton, {
          id: 'local',
          filmId: 'react-local',
          watchlist: 'local',
          onWatchlistAdd: rerender,
        }),
        createElement(WatchlistButton, {
          id: 'owned',
          filmId: 'react-owned',
          inWatchlist: list.includes('react-owned'),
          onWatchlistAdd: (event: WatchlistEvent) => setList([...list, event.detail.film.id]),
        }),
      );
    }
    render(createElement(Buttons));
    for (const id of ['local', 'owned']) {
      const button = host.querySelector<WatchlistButtonElement>(`#${id}`)!;
      await button.updateComplete;
      flushSync(() => inner(button, 'button')!.click());
      await button.updateComplete;
      expect(inner(button, 'button')!.getAttribute('aria-pressed'), id).to.equal('true');
    }
    expect(readWatchlist().map((entry) => entry.id)).to.include('react-local');
    expect(appList).to.deep.equal(['react-owned']);
    setInWatchlist({ id: 'react-local' }, false);
  });

  it('updates the element when React state changes its props', async () => {
    let setValue!: (value: number) => void;
    function Score() {
      const [value, set] = useState(6);
      setValue = set;
      return createElement(RatingBadge, { value, source: 'imdb' });
    }
    render(createElement(Score));
    const badge = host.querySelector<RatingBadgeElement>('rating-badge')!;
    await badge.updateComplete;
    expect(inner(badge, '[part~="value"]')!.textContent).to.equal('6');
    flushSync(() => setValue(8.5));
    await waitUntil(
      () => inner(badge, '[part~="value"]')!.textContent === '8.5',
      'the badge shows the new value',
    );
  });
});
