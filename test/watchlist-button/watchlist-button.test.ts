import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/watchlist-button/define.js';
import type { WatchlistButton } from '../../src/watchlist-button/watchlist-button.js';
import type { WatchlistEvent } from '../../src/watchlist/events.js';
import { clearWatchlist, WATCHLIST_KEY } from '../../src/watchlist/store.js';
import { captureWarnings } from '../helpers/console.js';

const button = (el: WatchlistButton) => el.shadowRoot!.querySelector('button')!;
const label = (el: WatchlistButton) => el.shadowRoot!.querySelector('[part~="label"]')!.textContent.trim();
const name = (el: WatchlistButton) => button(el).getAttribute('aria-label');
const stored = () => JSON.parse(localStorage.getItem(WATCHLIST_KEY) ?? 'null');
const storedIds = () => (stored()?.films ?? []).map((film: { id: string }) => film.id);
const store = (films: object[]) => localStorage.setItem(WATCHLIST_KEY, JSON.stringify({ version: 1, films }));

/** Records every watchlist event that reaches the document. */
function recordEvents() {
  const events: WatchlistEvent[] = [];
  const record = (event: WatchlistEvent) => events.push(event);
  document.addEventListener('watchlist-add', record);
  document.addEventListener('watchlist-remove', record);
  return {
    events,
    stop: () => {
      document.removeEventListener('watchlist-add', record);
      document.removeEventListener('watchlist-remove', record);
    },
  };
}

const seed = html`<watchlist-button film-id="tt8954732" film-title="Little Pyongyang" year="2018"></watchlist-button>`;

describe('<watchlist-button>', () => {
  afterEach(() => {
    clearWatchlist();
    localStorage.clear();
  });

  it('is accessible', async () => {
    const el = await fixture<WatchlistButton>(seed);
    await expect(el).to.be.accessible();
  });

  it('is accessible when the film is on the watchlist', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button film-id="tt8954732" film-title="Little Pyongyang" in-watchlist></watchlist-button>`,
    );
    await expect(el).to.be.accessible();
  });

  it('is accessible in a dark context, in both states', async () => {
    const wrapper =
      await fixture(html`<div style="background: #121212; color: #f0f0f0; padding: 1em; color-scheme: dark">
      <watchlist-button film-id="a" film-title="Little Pyongyang"></watchlist-button>
      <watchlist-button film-id="b" film-title="Little Pyongyang" in-watchlist></watchlist-button>
      <watchlist-button film-id="c" variant="icon"></watchlist-button>
    </div>`);
    await expect(wrapper).to.be.accessible();
  });

  it('is accessible when themed through its custom properties', async () => {
    const wrapper = await fixture(html`<div>
      <style>
        .themed {
          --watchlist-button-background: #0d253f;
          --watchlist-button-color: #ffffff;
          --watchlist-button-pressed-background: #01b468;
          --watchlist-button-pressed-color: #04111f;
        }
      </style>
      <watchlist-button class="themed" film-id="a" film-title="Little Pyongyang"></watchlist-button>
      <watchlist-button class="themed" film-id="b" film-title="Little Pyongyang" in-watchlist></watchlist-button>
    </div>`);
    const [plain, pressed] = [...wrapper.querySelectorAll('watchlist-button')].map((el) =>
      getComputedStyle(button(el)),
    ) as [CSSStyleDeclaration, CSSStyleDeclaration];
    expect([plain.backgroundColor, pressed.color]).to.deep.equal(['rgb(13, 37, 63)', 'rgb(4, 17, 31)']);
    await expect(wrapper).to.be.accessible();
  });

  it('keeps the visible text inside the accessible name, for speech input', async () => {
    const wrapper = await fixture(html`<div>
      <watchlist-button film-id="a" film-title="Little Pyongyang"></watchlist-button>
      <watchlist-button film-id="b" film-title="Little Pyongyang" in-watchlist></watchlist-button>
      <watchlist-button lang="fr" film-id="c" film-title="Little Pyongyang"></watchlist-button>
    </div>`);
    // axe's label-content-name-mismatch rule: "Add Little Pyongyang to watchlist" would fail it.
    await expect(wrapper).to.be.accessible();
  });

  it('is a real toggle button named with the film, with short visible text', async () => {
    const el = await fixture<WatchlistButton>(seed);
    expect(button(el).type).to.equal('button');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(label(el)).to.equal('Add to watchlist');
    expect(name(el)).to.equal('Add to watchlist: Little Pyongyang');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');

    el.inWatchlist = true;
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(label(el)).to.equal('In watchlist');
    expect(name(el)).to.equal('In watchlist: Little Pyongyang');
  });

  it('has no title in its name when none is known', async () => {
    const el = await fixture<WatchlistButton>(html`<watchlist-button film-id="x"></watchlist-button>`);
    expect(name(el)).to.equal(null);
    expect(button(el).textContent.trim()).to.equal('Add to watchlist');
    expect(el.shadowRoot!.textContent).not.to.match(/undefined|null|NaN/);
  });

  it('fires watchlist-add, then watchlist-remove, with the film, on click', async () => {
    const el = await fixture<WatchlistButton>(seed);
    setTimeout(() => button(el).click());
    const added = await oneEvent<WatchlistEvent>(el, 'watchlist-add');
    expect(added.detail).to.deep.equal({ film: { id: 'tt8954732', title: 'Little Pyongyang', year: 2018 } });
    expect(added.bubbles && added.composed && added.cancelable).to.equal(true);
    expect(el.inWatchlist).to.equal(true);
    await el.updateComplete;
    expect(el.hasAttribute('in-watchlist')).to.equal(true);

    setTimeout(() => button(el).click());
    const removed = await oneEvent<WatchlistEvent>(el, 'watchlist-remove');
    expect(removed.detail.film.id).to.equal('tt8954732');
    await el.updateComplete;
    expect(el.inWatchlist).to.equal(false);
    expect(el.hasAttribute('in-watchlist')).to.equal(false);
  });

  it('reaches a listener outside a shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<watchlist-button film-id="x"></watchlist-button>';
    const el = root.querySelector('watchlist-button')!;
    await el.updateComplete;
    const recorder = recordEvents();
    button(el).click();
    recorder.stop();
    expect(recorder.events.map((event) => event.type)).to.deep.equal(['watchlist-add']);
  });

  it('puts the state back when a listener cancels, and lets the host set it later', async () => {
    const el = await fixture<WatchlistButton>(seed);
    let asked = 0;
    const veto = (event: Event) => {
      asked++;
      event.preventDefault();
    };
    el.addEventListener('watchlist-add', veto);
    button(el).click();
    await el.updateComplete;
    expect(asked, 'the host was asked').to.equal(1);
    expect(el.inWatchlist).to.equal(false);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(el.hasAttribute('in-watchlist')).to.equal(false);

    // e.g. after the user signed in
    el.removeEventListener('watchlist-add', veto);
    el.setAttribute('in-watchlist', '');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('cancels a removal too', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button film-id="x" in-watchlist></watchlist-button>`,
    );
    let asked = 0;
    el.addEventListener('watchlist-remove', (event) => {
      asked++;
      event.preventDefault();
    });
    button(el).click();
    await el.updateComplete;
    expect(asked, 'the host was asked').to.equal(1);
    expect(el.inWatchlist).to.equal(true);
    expect(label(el)).to.equal('In watchlist');
  });

  it('works from the keyboard with Enter and Space', async () => {
    const el = await fixture<WatchlistButton>(seed);
    const recorder = recordEvents();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.inWatchlist).to.equal(true);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    recorder.stop();
    expect(el.inWatchlist).to.equal(false);
    expect(recorder.events.map((event) => event.type)).to.deep.equal(['watchlist-add', 'watchlist-remove']);
  });

  it('fires nothing when code sets the state', async () => {
    const el = await fixture<WatchlistButton>(seed);
    const recorder = recordEvents();
    el.inWatchlist = true;
    await el.updateComplete;
    el.removeAttribute('in-watchlist');
    await el.updateComplete;
    el.setAttribute('in-watchlist', '');
    await el.updateComplete;
    recorder.stop();
    expect(el.inWatchlist).to.equal(true);
    expect(recorder.events).to.have.length(0);
  });

  it('toggle() does what a click does and says whether it went through', async () => {
    const el = await fixture<WatchlistButton>(seed);
    const recorder = recordEvents();
    expect(el.toggle()).to.equal(true);
    expect(el.inWatchlist).to.equal(true);
    expect(el.toggle(true)).to.equal(true, 'already there: nothing to do');
    expect(el.toggle(false)).to.equal(true);
    expect(el.inWatchlist).to.equal(false);
    expect(recorder.events.map((event) => event.type)).to.deep.equal(['watchlist-add', 'watchlist-remove']);

    const veto = (event: Event) => event.preventDefault();
    document.addEventListener('watchlist-add', veto);
    expect(el.toggle(true)).to.equal(false);
    document.removeEventListener('watchlist-add', veto);
    recorder.stop();
    expect(el.inWatchlist).to.equal(false);
    expect(recorder.events).to.have.length(3);
  });

  it('is disabled, with one warning, without a film id', async () => {
    const warnings = captureWarnings();
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button film-title="Little Pyongyang"></watchlist-button>`,
    );
    const recorder = recordEvents();
    button(el).click();
    const toggled = el.toggle();
    el.filmTitle = 'Another title';
    await el.updateComplete;
    recorder.stop();
    warnings.restore();
    expect(button(el).disabled).to.equal(true);
    expect(toggled).to.equal(false);
    expect(el.inWatchlist).to.equal(false);
    expect(recorder.events).to.have.length(0);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('film-id');
    await expect(el).to.be.accessible();

    el.filmId = 'tt8954732';
    await el.updateComplete;
    expect(button(el).disabled).to.equal(false);
  });

  for (const id of ['', '   ', 'x'.repeat(101)]) {
    it(`treats film-id="${id.slice(0, 10)}${id.length > 10 ? '…' : ''}" as missing`, async () => {
      const warnings = captureWarnings();
      const el = await fixture<WatchlistButton>(html`<watchlist-button film-id=${id}></watchlist-button>`);
      warnings.restore();
      expect(button(el).disabled).to.equal(true);
      expect(warnings.messages).to.have.length(1);
    });
  }

  it('leaves out an empty year', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button film-id="x" year=""></watchlist-button>`,
    );
    setTimeout(() => button(el).click());
    const event = await oneEvent<WatchlistEvent>(el, 'watchlist-add');
    expect(event.detail.film).to.deep.equal({ id: 'x' });
  });

  it('leaves out a year that is not a whole number and cuts a very long title', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button film-id="x" year="20x8" film-title=${'T'.repeat(1000)}></watchlist-button>`,
    );
    setTimeout(() => button(el).click());
    const event = await oneEvent<WatchlistEvent>(el, 'watchlist-add');
    expect(event.detail.film).to.have.keys('id', 'title');
    expect(event.detail.film.title).to.have.length(300);
  });

  it('survives wrong types through its properties', async () => {
    const el = await fixture<WatchlistButton>(seed);
    const warnings = captureWarnings();
    for (const bad of [null, undefined, {}, [], Number.NaN, 1e308, '9'.repeat(10_000)]) {
      Object.assign(el, { filmId: bad, filmTitle: bad, year: bad, watchlist: bad, variant: bad });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|\[object/);
      el.toggle();
    }
    warnings.restore();
  });

  it('speaks the page language', async () => {
    const fr = await fixture<WatchlistButton>(
      html`<watchlist-button lang="fr" film-id="x" film-title="Little Pyongyang"></watchlist-button>`,
    );
    expect(label(fr)).to.equal('Ajouter à ma liste');
    expect(name(fr)).to.equal('Ajouter à ma liste\u00a0: Little Pyongyang');

    const wrapper = await fixture(
      html`<div lang="ko"><watchlist-button film-id="x" in-watchlist></watchlist-button></div>`,
    );
    const ko = wrapper.querySelector('watchlist-button')!;
    await ko.updateComplete;
    expect(label(ko)).to.equal('보고 싶은 목록에 있음');

    for (const [lang, text] of [
      ['es', 'Añadir a mi lista'],
      ['de', 'Zur Merkliste hinzufügen'],
      ['ja', 'ウォッチリストに追加'],
    ]) {
      const el = await fixture<WatchlistButton>(
        html`<watchlist-button lang=${lang} film-id="x"></watchlist-button>`,
      );
      expect(label(el)).to.equal(text);
    }
  });

  it('keeps the text for screen readers in the icon variant', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button variant="icon" film-id="x" film-title="Little Pyongyang"></watchlist-button>`,
    );
    const text = el.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!;
    expect(text.getBoundingClientRect().width).to.be.at.most(1);
    expect(name(el)).to.equal('Add to watchlist: Little Pyongyang');
    await expect(el).to.be.accessible();
  });

  it('draws the icon variant as a square, its icon in the middle', async () => {
    const el = await fixture<WatchlistButton>(
      html`<watchlist-button variant="icon" film-id="x"></watchlist-button>`,
    );
    const box = button(el).getBoundingClientRect();
    const icon = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(Math.abs(box.width - box.height), `${box.width} x ${box.height}`).to.be.at.most(0.5);
    expect(box.width, 'a target of at least 24 px').to.be.at.least(24);
    expect(
      Math.abs(icon.left + icon.width / 2 - (box.left + box.width / 2)),
      'icon centred across',
    ).to.be.at.most(0.5);
    expect(
      Math.abs(icon.top + icon.height / 2 - (box.top + box.height / 2)),
      'icon centred down',
    ).to.be.at.most(0.5);
  });

  it('shows keyboard focus', async () => {
    const el = await fixture<WatchlistButton>(seed);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    const style = getComputedStyle(button(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('stays still when the reader asks for reduced motion', async () => {
    const el = await fixture<WatchlistButton>(html`<watchlist-button film-id="x"></watchlist-button>`);
    expect(getComputedStyle(button(el)).transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(button(el)).transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('marks the pressed state with system colors in forced-colors mode', async () => {
    // The test browser cannot emulate forced colors, so read the rule the browser parsed.
    const el = await fixture<WatchlistButton>(html`<watchlist-button film-id="x"></watchlist-button>`);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.find(
      (rule): rule is CSSMediaRule =>
        rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    );
    expect(forced?.cssText).to.match(/\[aria-pressed="true"\] \{[^}]*background: highlight/i);
  });

  it('keeps its state in memory only, unless asked to save it', async () => {
    const el = await fixture<WatchlistButton>(seed);
    button(el).click();
    await el.updateComplete;
    expect(localStorage.getItem(WATCHLIST_KEY)).to.equal(null);
  });

  describe('with watchlist="local"', () => {
    const local = (id = 'tt8954732') =>
      html`<watchlist-button watchlist="local" film-id=${id} film-title="Little Pyongyang" year="2018"></watchlist-button>`;

    it('is accessible', async () => {
      const el = await fixture<WatchlistButton>(local());
      await expect(el).to.be.accessible();
    });

    it('saves the film in the documented format', async () => {
      const el = await fixture<WatchlistButton>(local());
      button(el).click();
      await el.updateComplete;
      const saved = stored();
      expect(saved.version).to.equal(1);
      expect(saved.films).to.have.length(1);
      const { added, ...film } = saved.films[0];
      expect(film).to.deep.equal({ id: 'tt8954732', title: 'Little Pyongyang', year: 2018 });
      expect(Date.now() - Date.parse(added)).to.be.within(0, 10_000);

      button(el).click();
      await el.updateComplete;
      expect(stored()).to.deep.equal({ version: 1, films: [] });
    });

    it('restores the saved state in a new element, over its in-watchlist attribute', async () => {
      store([{ id: 'tt8954732', added: '2026-01-01T00:00:00.000Z' }]);
      const el = await fixture<WatchlistButton>(local());
      expect(el.inWatchlist).to.equal(true);
      expect(label(el)).to.equal('In watchlist');

      const other = await fixture<WatchlistButton>(
        html`<watchlist-button watchlist="local" film-id="other" in-watchlist></watchlist-button>`,
      );
      expect(other.inWatchlist).to.equal(false);
    });

    it('does not save a change a listener cancelled', async () => {
      const el = await fixture<WatchlistButton>(local());
      let asked = 0;
      el.addEventListener('watchlist-add', (event) => {
        asked++;
        event.preventDefault();
      });
      button(el).click();
      await el.updateComplete;
      expect(asked, 'the host was asked').to.equal(1);
      expect(storedIds()).to.deep.equal([]);
    });

    it('saves what the host sets after the first render, without an event', async () => {
      const el = await fixture<WatchlistButton>(local());
      const recorder = recordEvents();
      el.inWatchlist = true;
      await el.updateComplete;
      recorder.stop();
      expect(storedIds()).to.deep.equal(['tt8954732']);
      expect(recorder.events).to.have.length(0);
    });

    it('keeps every button for the same film in sync, and no other', async () => {
      const wrapper = await fixture(html`<div>
        ${local()} ${local()} ${local('another-film')}
        <watchlist-button film-id="tt8954732"></watchlist-button>
      </div>`);
      const [a, b, other, memory] = [...wrapper.querySelectorAll('watchlist-button')] as [
        WatchlistButton,
        WatchlistButton,
        WatchlistButton,
        WatchlistButton,
      ];
      await a.updateComplete;
      const recorder = recordEvents();
      button(a).click();
      await Promise.all([a, b, other, memory].map((el) => el.updateComplete));
      recorder.stop();
      expect([a.inWatchlist, b.inWatchlist, other.inWatchlist, memory.inWatchlist]).to.deep.equal([
        true,
        true,
        false,
        false,
      ]);
      expect(button(b).getAttribute('aria-pressed')).to.equal('true');
      expect(recorder.events).to.have.length(1, 'the other buttons follow silently');
    });

    it('follows another tab through the storage event', async () => {
      const el = await fixture<WatchlistButton>(local());
      store([{ id: 'tt8954732', added: '2026-01-01T00:00:00.000Z' }]);
      window.dispatchEvent(
        new StorageEvent('storage', { key: WATCHLIST_KEY, newValue: localStorage.getItem(WATCHLIST_KEY) }),
      );
      await el.updateComplete;
      expect(el.inWatchlist).to.equal(true);

      // the other tab cleared its storage
      localStorage.clear();
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
      await el.updateComplete;
      expect(el.inWatchlist).to.equal(false);
    });

    it('follows a real second document writing the same storage', async () => {
      const el = await fixture<WatchlistButton>(local());
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        const changed = new Promise((resolve) => addEventListener('storage', resolve, { once: true }));
        frame.contentWindow!.localStorage.setItem(
          WATCHLIST_KEY,
          JSON.stringify({ version: 1, films: [{ id: 'tt8954732' }] }),
        );
        await changed;
        await el.updateComplete;
        expect(el.inWatchlist).to.equal(true);
      } finally {
        frame.remove();
      }
    });

    it("keeps the other tab's films when both write at once", async () => {
      const el = await fixture<WatchlistButton>(local());
      // another tab saved a film; its storage event has not arrived yet
      store([{ id: 'from-the-other-tab', title: 'Saved elsewhere' }]);
      button(el).click();
      await el.updateComplete;
      expect(storedIds()).to.deep.equal(['from-the-other-tab', 'tt8954732']);

      store([{ id: 'tt8954732' }, { id: 'from-the-other-tab' }, { id: 'and-another' }]);
      button(el).click();
      await el.updateComplete;
      expect(storedIds()).to.deep.equal(['from-the-other-tab', 'and-another']);
    });

    it('leaves unreadable saved data untouched, works in memory and warns once', async () => {
      for (const corrupt of [
        '{"version":1,"films":[{"id":"tt1"',
        '{"version":2,"lists":{}}',
        'null',
        '"text"',
      ]) {
        localStorage.setItem(WATCHLIST_KEY, corrupt);
        const warnings = captureWarnings();
        const el = await fixture<WatchlistButton>(local());
        const twin = await fixture<WatchlistButton>(local());
        expect(() => button(el).click()).not.to.throw();
        await el.updateComplete;
        await twin.updateComplete;
        button(el).click();
        await el.updateComplete;
        button(el).click();
        await el.updateComplete;
        warnings.restore();
        expect(el.inWatchlist, corrupt).to.equal(true);
        expect(twin.inWatchlist, 'in-page sync still works').to.equal(true);
        expect(localStorage.getItem(WATCHLIST_KEY)).to.equal(corrupt);
        expect(warnings.messages, corrupt).to.have.length(1);
        expect(warnings.messages[0]).to.contain('untouched');
        clearWatchlist();
      }
    });

    it('keeps working in memory when storage is blocked', async () => {
      store([{ id: 'saved-before' }]);
      const { getItem, setItem } = Storage.prototype;
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = blocked;
      Storage.prototype.setItem = blocked;
      const warnings = captureWarnings();
      try {
        const el = await fixture<WatchlistButton>(local());
        const twin = await fixture<WatchlistButton>(local());
        expect(() => button(el).click()).not.to.throw();
        await el.updateComplete;
        await twin.updateComplete;
        expect(el.inWatchlist).to.equal(true);
        expect(twin.inWatchlist).to.equal(true);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('blocked');
      } finally {
        warnings.restore();
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
      }
      expect(storedIds()).to.deep.equal(['saved-before']);
    });

    it('loses nothing when the quota is exceeded, and saves once there is room', async () => {
      store([{ id: 'saved-before', title: 'Kept' }]);
      const filler: string[] = [];
      const warnings = captureWarnings();
      try {
        // Fill this origin's storage for real, down to the last few characters.
        for (let size = 1 << 20; size >= 1; size >>= 1) {
          for (;;) {
            try {
              localStorage.setItem(`filler-${filler.length}`, 'x'.repeat(size));
              filler.push(`filler-${filler.length}`);
            } catch {
              break;
            }
          }
        }
        const el = await fixture<WatchlistButton>(local());
        expect(() => button(el).click()).not.to.throw();
        await el.updateComplete;
        expect(el.inWatchlist, 'kept in memory').to.equal(true);
        expect(storedIds()).to.deep.equal(['saved-before']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('could not be saved');

        filler.forEach((key) => localStorage.removeItem(key));
        const another = await fixture<WatchlistButton>(local('another-film'));
        button(another).click();
        await another.updateComplete;
        expect(storedIds()).to.deep.equal(['saved-before', 'tt8954732', 'another-film']);
      } finally {
        warnings.restore();
        filler.forEach((key) => localStorage.removeItem(key));
      }
    });

    it('stops listening when removed', async () => {
      const added: string[] = [];
      const removed: string[] = [];
      const { addEventListener: add, removeEventListener: remove } = window;
      const spy = (original: typeof add, log: string[]) =>
        ((type: string, listener: EventListener, options?: boolean) => {
          log.push(type);
          original.call(window, type, listener, options);
        }) as typeof add;
      window.addEventListener = spy(add, added);
      window.removeEventListener = spy(remove, removed);
      try {
        const wrapper = await fixture(html`<div>${local()} ${local('b')}</div>`);
        const [a, b] = [...wrapper.querySelectorAll('watchlist-button')] as [
          WatchlistButton,
          WatchlistButton,
        ];
        a.remove();
        b.remove();
        store([{ id: 'tt8954732' }]);
        window.dispatchEvent(new StorageEvent('storage', { key: WATCHLIST_KEY }));
        await a.updateComplete;
        expect(a.inWatchlist, 'a removed button no longer follows').to.equal(false);
      } finally {
        window.addEventListener = add;
        window.removeEventListener = remove;
      }
      expect(added.filter((type) => type === 'storage')).to.have.length(
        1,
        'one listener shared by every button',
      );
      expect(removed.filter((type) => type === 'storage')).to.have.length(1);
    });

    it('switches between local and memory when the attribute changes', async () => {
      store([{ id: 'tt8954732' }]);
      const el = await fixture<WatchlistButton>(
        html`<watchlist-button film-id="tt8954732"></watchlist-button>`,
      );
      expect(el.inWatchlist).to.equal(false);
      el.watchlist = 'local';
      await el.updateComplete;
      expect(el.inWatchlist).to.equal(true);
      el.watchlist = '';
      await el.updateComplete;
      button(el).click();
      await el.updateComplete;
      expect(storedIds()).to.deep.equal(['tt8954732'], 'memory mode leaves storage alone');
    });
  });
});
