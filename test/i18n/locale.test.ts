// The language an element speaks: its own `lang`, the nearest above it (across shadow roots), the
// document's, and on a page that declares none, the browser's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/film-card/define.js';
import { resolveLocale } from '../../src/i18n/locale.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Runs `test` with the document's `lang` and the browser's language as given, then puts both back. */
async function withLanguages(
  documentLang: string,
  browserLanguage: string,
  test: () => void | Promise<void>,
) {
  const root = document.documentElement;
  const saved = root.getAttribute('lang');
  Object.defineProperty(navigator, 'language', { get: () => browserLanguage, configurable: true });
  root.setAttribute('lang', documentLang);
  try {
    await test();
  } finally {
    // Removing the instance property uncovers the browser's own.
    delete (navigator as { language?: string }).language;
    if (saved === null) root.removeAttribute('lang');
    else root.setAttribute('lang', saved);
  }
}

describe('resolveLocale()', () => {
  it("takes the element's own lang, else the nearest above it, across a shadow root", async () => {
    const outer = await fixture<HTMLElement>(
      html`<div lang="de"><span lang="ko-KR"></span><section></section></div>`,
    );
    expect(resolveLocale(outer.querySelector('span')!)).to.equal('ko-KR');
    expect(resolveLocale(outer.querySelector('section')!)).to.equal('de');
    const inShadow = document.createElement('i');
    outer.querySelector('section')!.attachShadow({ mode: 'open' }).append(inShadow);
    expect(resolveLocale(inShadow)).to.equal('de');
  });

  it("takes the document's language, and the browser's on a page that declares none", async () => {
    const plain = await fixture<HTMLElement>(html`<p></p>`);
    await withLanguages('es', 'fr-FR', () => {
      expect(resolveLocale(plain)).to.equal('es');
    });
    await withLanguages('', 'fr-FR', () => {
      expect(resolveLocale(plain)).to.equal('fr-FR');
    });
  });

  it("draws a card in the browser's language on a page that declares none", async () => {
    await withLanguages('', 'fr-FR', async () => {
      const card = await fixture<Updatable>(
        html`<film-card film-id="p" film-title="Parasite" year="2019" region="GB" offers="none"></film-card>`,
      );
      await card.updateComplete;
      const label = card.shadowRoot!.querySelector('[part~="watchlist-label"]')!;
      expect(label.textContent.trim()).to.equal('Ajouter à ma liste');
    });
  });
});
