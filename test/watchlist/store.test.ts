import { expect } from '@open-wc/testing';
import {
  clearWatchlist,
  exportWatchlist,
  importWatchlist,
  isInWatchlist,
  parseFilm,
  readWatchlist,
  setInWatchlist,
  subscribeWatchlist,
  WATCHLIST_KEY,
  type SavedFilm,
} from '../../src/watchlist/store.js';
import { captureWarnings } from '../helpers/console.js';

const stored = () => JSON.parse(localStorage.getItem(WATCHLIST_KEY) ?? 'null');
const ids = (films: SavedFilm[]) => films.map((film) => film.id);
const seed = { id: 'tt8954732', title: 'Little Pyongyang', year: 2018 };

describe('watchlist store', () => {
  afterEach(() => {
    clearWatchlist();
    localStorage.clear();
  });

  it('starts empty and saves films under a versioned key', () => {
    expect(readWatchlist()).to.deep.equal([]);
    setInWatchlist(seed, true);
    setInWatchlist({ id: 'tt0000002' }, true);
    expect(isInWatchlist('tt8954732')).to.equal(true);
    expect(stored().version).to.equal(1);
    expect(stored().films.map(({ added: _, ...film }: SavedFilm) => film)).to.deep.equal([
      seed,
      { id: 'tt0000002' },
    ]);
    expect(readWatchlist()[0]!.added).to.match(/^\d{4}-\d\d-\d\dT/);

    setInWatchlist(seed, false);
    expect(isInWatchlist('tt8954732')).to.equal(false);
    expect(ids(stored().films)).to.deep.equal(['tt0000002']);
  });

  it('keeps the date a film was first added', () => {
    localStorage.setItem(
      WATCHLIST_KEY,
      JSON.stringify({ version: 1, films: [{ ...seed, added: '2020-02-02T00:00:00.000Z' }] }),
    );
    setInWatchlist(seed, true);
    expect(readWatchlist()[0]!.added).to.equal('2020-02-02T00:00:00.000Z');
  });

  it('ignores a film without a valid id', () => {
    for (const bad of [{ id: '' }, { id: 'x'.repeat(101) }, { id: 42 }, null, undefined, 'tt1']) {
      expect(() => setInWatchlist(bad as never, true)).not.to.throw();
    }
    expect(readWatchlist()).to.deep.equal([]);
    expect(localStorage.getItem(WATCHLIST_KEY)).to.equal(null);
  });

  it('reads what another tab saved, even with no subscriber', () => {
    expect(readWatchlist()).to.deep.equal([]);
    localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films: [seed] }));
    expect(readWatchlist()).to.deep.equal([seed]);
  });

  it('writes back entries and fields it does not understand', () => {
    const other = { id: 'kept', rating: 9, tags: ['later'] };
    localStorage.setItem(
      WATCHLIST_KEY,
      JSON.stringify({ version: 1, owner: 'someone', films: [other, { nonsense: true }, 7] }),
    );
    expect(ids(readWatchlist())).to.deep.equal(['kept']);
    setInWatchlist(seed, true);
    const saved = stored();
    expect(saved.owner).to.equal('someone');
    expect(saved.films.slice(0, 3)).to.deep.equal([other, { nonsense: true }, 7]);
    expect(saved.films[3].id).to.equal(seed.id);
  });

  it('hands out copies, not its own records', () => {
    setInWatchlist(seed, true);
    readWatchlist()[0]!.title = 'Changed';
    expect(readWatchlist()[0]!.title).to.equal('Little Pyongyang');
  });

  it('tells subscribers about changes here and in other tabs, until they stop', () => {
    const calls: string[][] = [];
    const stop = subscribeWatchlist((films) => calls.push(ids(films)));
    setInWatchlist(seed, true);
    localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films: [{ id: 'from-another-tab' }] }));
    window.dispatchEvent(new StorageEvent('storage', { key: WATCHLIST_KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'some-other-key' }));
    stop();
    stop();
    setInWatchlist(seed, true);
    expect(calls).to.deep.equal([['tt8954732'], ['from-another-tab']]);
  });

  it('clears the list, even an unreadable one', () => {
    setInWatchlist(seed, true);
    clearWatchlist();
    expect(readWatchlist()).to.deep.equal([]);
    localStorage.setItem(WATCHLIST_KEY, '{not json');
    const warnings = captureWarnings();
    clearWatchlist();
    warnings.restore();
    expect(localStorage.getItem(WATCHLIST_KEY)).to.equal(null);
  });

  describe('faults', () => {
    it('never overwrites unreadable data; works in memory and warns once', () => {
      localStorage.setItem(WATCHLIST_KEY, '{"version":1,"films":[{"id":"tt1"}');
      const warnings = captureWarnings();
      expect(readWatchlist()).to.deep.equal([]);
      setInWatchlist(seed, true);
      setInWatchlist({ id: 'tt2' }, true);
      setInWatchlist({ id: 'tt2' }, false);
      expect(importWatchlist(JSON.stringify([{ id: 'tt3' }]))).to.deep.equal({ added: 1, skipped: 0 });
      warnings.restore();
      expect(ids(readWatchlist())).to.deep.equal(['tt8954732', 'tt3']);
      expect(localStorage.getItem(WATCHLIST_KEY)).to.equal('{"version":1,"films":[{"id":"tt1"}');
      expect(warnings.messages).to.have.length(1);
    });

    it('saves what was kept in memory once the stored value is readable again', () => {
      localStorage.setItem(WATCHLIST_KEY, 'garbage');
      const warnings = captureWarnings();
      setInWatchlist(seed, true);
      warnings.restore();
      localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films: [{ id: 'repaired' }] }));
      setInWatchlist({ id: 'tt2' }, true);
      expect(ids(stored().films)).to.deep.equal(['repaired', 'tt8954732', 'tt2']);
    });

    it('does not throw when storage is blocked, and loses nothing saved', () => {
      localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films: [{ id: 'saved-before' }] }));
      const { getItem, setItem, removeItem } = Storage.prototype;
      Storage.prototype.getItem =
        Storage.prototype.setItem =
        Storage.prototype.removeItem =
          () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          };
      const warnings = captureWarnings();
      try {
        expect(() => {
          setInWatchlist(seed, true);
          expect(isInWatchlist(seed.id)).to.equal(true);
          expect(exportWatchlist()).to.contain(seed.id);
          importWatchlist('[{"id":"tt2"}]');
          const stop = subscribeWatchlist(() => {});
          stop();
          clearWatchlist();
        }).not.to.throw();
      } finally {
        warnings.restore();
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
      }
      expect(warnings.messages).to.have.length(1);
      expect(ids(stored().films)).to.deep.equal(['saved-before']);
    });

    it('keeps changes in memory when the quota is exceeded, and saves them later', () => {
      localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films: [{ id: 'saved-before' }] }));
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const warnings = captureWarnings();
      try {
        setInWatchlist(seed, true);
        setInWatchlist({ id: 'saved-before' }, false);
        setInWatchlist({ id: 'tt2' }, true);
      } finally {
        warnings.restore();
        Storage.prototype.setItem = setItem;
      }
      expect(warnings.messages).to.have.length(1);
      expect(ids(stored().films)).to.deep.equal(['saved-before']);
      expect(ids(readWatchlist())).to.deep.equal(['tt8954732', 'tt2']);

      setInWatchlist({ id: 'tt3' }, true);
      expect(ids(stored().films)).to.deep.equal(['tt8954732', 'tt2', 'tt3']);
    });

    it('does not throw when the browser disables storage itself (reading localStorage throws)', () => {
      localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films: [{ id: 'saved-before' }] }));
      // What a browser that blocks site data does: the localStorage getter itself throws.
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException(
            "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
            'SecurityError',
          );
        },
      });
      const warnings = captureWarnings();
      try {
        expect(() => {
          setInWatchlist(seed, true);
          expect(isInWatchlist(seed.id)).to.equal(true);
          expect(ids(readWatchlist())).to.include(seed.id);
          expect(importWatchlist('[{"id":"tt2"}]')).to.deep.equal({ added: 1, skipped: 0 });
          subscribeWatchlist(() => {})();
          exportWatchlist();
        }).not.to.throw();
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(ids(stored().films)).to.deep.equal(['saved-before']);
    });

    it('loses no film when two copies of the library, in two documents, write in turn', async () => {
      // Each document loads its own copy of the library (its own memory of the list), as two tabs do.
      const page = (
        prefix: string,
      ) => `<!doctype html><script type="module" src="/dist/film-cards.js"></script>
        ${[1, 2, 3, 4].map((n) => `<watchlist-button watchlist="local" film-id="${prefix}${n}"></watchlist-button>`).join('')}`;
      const frames = ['a', 'b'].map((prefix) => {
        const frame = document.createElement('iframe');
        frame.srcdoc = page(prefix);
        document.body.append(frame);
        return new Promise<Document>((resolve) =>
          frame.addEventListener('load', () => resolve(frame.contentDocument!), { once: true }),
        );
      });
      try {
        const [a, b] = (await Promise.all(frames)) as [Document, Document];
        await Promise.all(
          [a, b].map((doc) => doc.defaultView!.customElements.whenDefined('watchlist-button')),
        );
        const click = async (doc: Document, id: string) => {
          const el = doc.querySelector(`[film-id="${id}"]`) as HTMLElement & {
            updateComplete: Promise<unknown>;
          };
          await el.updateComplete;
          el.shadowRoot!.querySelector('button')!.click();
          await el.updateComplete;
        };
        // Each document loads the saved watchlist on demand: its first click is saved when it arrives.
        await click(a, 'a1');
        await click(b, 'b1');
        for (let i = 0; i < 100 && (stored()?.films ?? []).length < 2; i++)
          await new Promise((resolve) => setTimeout(resolve, 20));
        // Then interleaved, with no time for the other document's storage event in between.
        for (const n of [2, 3, 4]) {
          await click(a, `a${n}`);
          await click(b, `b${n}`);
        }
        await click(a, 'a2'); // and a removal while the other keeps adding
        await click(b, 'b2');
        expect(ids(stored().films).sort()).to.deep.equal(['a1', 'a3', 'a4', 'b1', 'b3', 'b4']);
        expect(ids(readWatchlist()).sort()).to.deep.equal(['a1', 'a3', 'a4', 'b1', 'b3', 'b4']);
      } finally {
        document.querySelectorAll('iframe').forEach((frame) => frame.remove());
      }
    });

    it('merges with what another tab wrote in between', () => {
      setInWatchlist(seed, true);
      const stop = subscribeWatchlist(() => {});
      // another tab's write, its storage event not delivered yet
      localStorage.setItem(
        WATCHLIST_KEY,
        JSON.stringify({ version: 1, films: [...stored().films, { id: 'theirs' }] }),
      );
      setInWatchlist({ id: 'mine' }, true);
      setInWatchlist(seed, false);
      stop();
      expect(ids(stored().films)).to.deep.equal(['theirs', 'mine']);
    });
  });

  describe('export and import', () => {
    it('round-trips the documented format', () => {
      setInWatchlist(seed, true);
      setInWatchlist({ id: 'tt0000002', title: '' }, true);
      const json = exportWatchlist();
      const films = readWatchlist();
      expect(JSON.parse(json)).to.deep.equal({ version: 1, films });

      clearWatchlist();
      expect(importWatchlist(json)).to.deep.equal({ added: 2, skipped: 0 });
      expect(readWatchlist()).to.deep.equal(films, 'dates kept');
      expect(importWatchlist(json)).to.deep.equal({ added: 0, skipped: 2 }, 'already saved');
    });

    it('accepts a bare array of films', () => {
      expect(importWatchlist(JSON.stringify([seed, { id: 'tt2' }, seed]))).to.deep.equal({
        added: 2,
        skipped: 1,
      });
      expect(readWatchlist()[0]).to.include(seed);
      expect(readWatchlist()[0]!.added).to.be.a('string');
    });

    it('skips entries that are not valid films', () => {
      const entries = [
        { id: 'ok', title: 'T'.repeat(300), year: 1896 },
        { id: '' },
        { id: '   ' },
        { id: 'x'.repeat(101) },
        { id: 42 },
        { title: 'no id' },
        { id: 'long-title', title: 'T'.repeat(301) },
        { id: 'fraction', year: 2018.5 },
        { id: 'string-year', year: '2018' },
        { id: 'object-title', title: { toString: 'x' } },
        null,
        'tt1',
        [],
      ];
      const polluted =
        '{"films":[{"id":"proto","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]}';
      const warnings = captureWarnings();
      expect(importWatchlist(JSON.stringify({ version: 1, films: entries }))).to.deep.equal({
        added: 1,
        skipped: entries.length - 1,
      });
      expect(importWatchlist(polluted)).to.deep.equal({ added: 1, skipped: 0 });
      warnings.restore();
      expect(ids(readWatchlist())).to.deep.equal(['ok', 'proto']);
      expect(readWatchlist()[1]).to.have.keys('id', 'added');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('adds nothing, throws nothing and warns for input that is not a watchlist', () => {
      for (const bad of [
        '',
        'not json',
        '{"films":"nope"}',
        '{}',
        'null',
        '42',
        '"[]"',
        '{"version":1}',
        undefined,
        null,
        12,
      ]) {
        const warnings = captureWarnings();
        expect(importWatchlist(bad as string)).to.deep.equal({ added: 0, skipped: 0 });
        warnings.restore();
        expect(warnings.messages, String(bad)).to.have.length(1);
      }
      expect(readWatchlist()).to.deep.equal([]);
    });

    it('validates like the import does', () => {
      expect(parseFilm({ ...seed, extra: 1 })).to.deep.equal(seed);
      expect(parseFilm({ id: 'x', title: null, year: null })).to.deep.equal({ id: 'x' });
      expect(parseFilm({ id: 'x', added: 5 })).to.deep.equal({ id: 'x' });
    });
  });
});
