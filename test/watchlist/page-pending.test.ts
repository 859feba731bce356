// `pending` set by a page that keeps the watchlist itself (its own API, an app store): every
// control for the film says "Not saved yet" while the page's save is under way, and says where the
// film stands once the page clears it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import '../../src/watch-availability/define.js';
import '../../src/watchlist-button/define.js';
import type { Film } from '../../src/data/film.js';

type Control = HTMLElement & { pending: boolean; updateComplete: Promise<unknown> };

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element) => el.textContent.replace(/\s+/g, ' ').trim();
const film: Film = {
  id: 'tt6751668',
  title: 'Parasite',
  year: 2019,
  availability: [{ region: 'GB', offers: [] }],
};

/** Sets `pending` and returns the text each of `parts` shows, then clears it and does the same. */
async function whilePending(el: Control, parts: string[]) {
  el.pending = true;
  await el.updateComplete;
  const during = parts.map((name) => text(part(el, name)));
  el.pending = false;
  await el.updateComplete;
  return { during, after: parts.map((name) => text(part(el, name))) };
}

describe('pending, set by a page that saves the watchlist itself', () => {
  it('<watchlist-button pending> says "Not saved yet" and names the film, then "In watchlist" once cleared', async () => {
    const el = await fixture<Control>(
      html`<watchlist-button film-id="tt6751668" film-title="Parasite" in-watchlist></watchlist-button>`,
    );
    el.pending = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal(
      'Not saved yet: Parasite',
    );
    el.pending = false;
    await el.updateComplete;
    expect(await whilePending(el, ['label'])).to.deep.equal({
      during: ['Not saved yet'],
      after: ['In watchlist'],
    });
  });

  it('<watch-availability pending> says "Not saved yet" on "Notify me" and announces it', async () => {
    const el = await fixture<Control>(
      html`<watch-availability film-id="tt6751668" film-title="Parasite" region="GB" in-watchlist></watch-availability>`,
    );
    el.pending = true;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal('Not saved yet');
    expect(await whilePending(el, ['notify'])).to.deep.equal({
      during: ['Not saved yet'],
      after: ['In your watchlist: we’ll show it here when it streams'],
    });
  });

  it('<film-card pending> says "Not saved yet" on its watchlist button and its "Notify me", from the property and the attribute', async () => {
    const el = await fixture<Control>(html`<film-card region="GB" in-watchlist .film=${film}></film-card>`);
    expect(await whilePending(el, ['watchlist-label', 'availability-notify'])).to.deep.equal({
      during: ['Not saved yet', 'Not saved yet'],
      after: ['In watchlist', 'In your watchlist: we’ll show it here when it streams'],
    });
    el.setAttribute('pending', '');
    await el.updateComplete;
    expect(text(part(el, 'availability-notify'))).to.equal('Not saved yet');
  });
});
