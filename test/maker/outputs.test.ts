// The card maker's snippet as HTML a page parses: what the film's data puts in it stays text and
// attribute values, whatever the data holds.
import { expect } from '@open-wc/testing';
import MarkdownIt from 'markdown-it';
import { snippet, staticHtml, type MakerOptions } from '../../demo/maker/outputs.js';
import type { Film } from '../../src/elements.js';

const options: MakerOptions = {
  variant: 'full',
  theme: '',
  region: '',
  lang: '',
  watchlist: false,
  jsonLd: false,
  script: 'film-cards.js',
  staticScript: false,
};

/**
 * Snippets as a page shows them before their script: in a box of the given width in this page,
 * where no element is defined. The caller removes the box.
 */
function waitingIn(width: number, ...snippets: string[]): HTMLElement {
  const box = document.body.appendChild(document.createElement('div'));
  box.style.width = `${width}px`;
  box.innerHTML = snippets.join('').replace(/<script[^>]*><\/script>/g, '');
  return box;
}

describe("the card maker's snippet", () => {
  it('keeps a hostile title, genre and poster address as text and attribute values in what the page shows before the script', () => {
    const title = '</film-card><img src=x onerror="window.injected=1">';
    const film: Film = {
      id: 'x',
      title,
      year: 2001,
      genres: ['<script>window.injected=1</script>'],
      poster: { src: 'https://example.com/p.jpg" onerror="window.injected=1' },
    };
    const page = new DOMParser().parseFromString(snippet(film, options), 'text/html');
    const card = page.querySelector('film-card')!;
    expect(
      [...card.children].map((child) => child.localName),
      'the poster, title and facts',
    ).to.deep.equal(['img', 'b', 'span']);
    expect(page.querySelectorAll('script:not([src]), [onerror]'), 'no script and no handler').to.have.length(
      0,
    );
    expect(card.children[0]!.getAttribute('src')).to.equal(film.poster!.src);
    expect(card.children[1]!.textContent).to.equal(title);
    expect(card.children[2]!.textContent).to.equal('2001 · <script>window.injected=1</script>');
  });

  // WordPress's classic editor turns each line break inside the card into a <br>.
  for (const variant of ['full', 'compact', 'poster'] as const)
    it(`draws the same ${variant} frame when an editor puts a <br> at each line break inside the card`, () => {
      const film: Film = {
        id: 'x',
        title: 'Fight Club',
        year: 1999,
        runtime: 139,
        href: 'https://www.imdb.com/title/tt0137523/',
        // A rating line beside the facts: some layouts place a line by its rank among them.
        ratings: [{ source: 'imdb', value: 8.8, scale: 10, votes: 2_400_000 }],
      };
      const code = snippet(film, { ...options, variant });
      const box = waitingIn(400, code, code.replace(/\n(\s*<(?:a|b|span|img)[ >])/g, '<br />\n$1'));
      try {
        const [plain, broken] = [...box.querySelectorAll<HTMLElement>('film-card')] as [
          HTMLElement,
          HTMLElement,
        ];
        expect(broken.querySelectorAll(':scope > br').length, "the editor's breaks").to.be.above(0);
        const shape = (card: HTMLElement) =>
          [card, ...card.querySelectorAll(':scope > :not(br)')].map((el) => {
            const box = el.getBoundingClientRect();
            const frame = card.getBoundingClientRect();
            return [box.top - frame.top, box.left - frame.left, box.width, box.height].map(Math.round);
          });
        expect(shape(broken)).to.deep.equal(shape(plain));
      } finally {
        box.remove();
      }
    });

  it("reserves no height for a poster tile, whatever the maker measured: the tile takes its poster's, in any grid column", () => {
    const film: Film = {
      id: 'x',
      title: 'Fight Club',
      year: 1999,
      href: 'https://www.imdb.com/title/tt0137523/',
    };
    const heights = { column: 60, large: 40, phone: 35, small: 32, narrow: 30 };
    const tile = snippet(film, { ...options, variant: 'poster' }, heights);
    expect(tile, 'no reserved height').not.to.match(/min-height: [\d.]+rem|film-card-release/);
    expect(snippet(film, options, heights), "a full card's reserved height").to.include('min-height: 60rem');
    const card = new DOMParser().parseFromString(tile, 'text/html').querySelector('film-card')!;
    expect(
      [...card.children].map((child) => child.localName),
      'the title, the facts, the rating',
    ).to.deep.equal(['a', 'span']);
  });

  it('keeps a one-word 62-letter title and a poster that fails inside the frame before the script', async () => {
    const film: Film = {
      id: 'long',
      title: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochfilm',
      year: 2020,
      poster: { src: '/missing-poster.jpg' },
    };
    const host = waitingIn(360, snippet(film, options));
    const card = host.querySelector('film-card')!;
    const poster = card.querySelector('img')!;
    await new Promise((resolve) => poster.addEventListener('error', resolve, { once: true }));
    const [width, scrolled] = [card.clientWidth, card.scrollWidth];
    const background = getComputedStyle(poster).backgroundColor;
    host.remove();
    expect(scrolled, 'the title wraps inside the frame').to.equal(width);
    expect(background, 'a failed poster shows the placeholder color').to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('writes the first rating as the badge shows it: "Rotten Tomatoes 92%", "IMDb 7.5/10", in the language picked', () => {
    const facts = (film: Film, lang = '') =>
      new DOMParser()
        .parseFromString(snippet(film, { ...options, lang }), 'text/html')
        .querySelector('film-card > span:last-of-type')!
        .textContent.replace(/\s/g, ' ');
    const film: Film = { id: 'x', title: 'Parasite', year: 2019, runtime: 132 };
    expect(facts({ ...film, ratings: [{ source: 'rotten-tomatoes', value: 92, scale: 100 }] })).to.equal(
      '2019 · 2 hr 12 min · Rotten Tomatoes 92%',
    );
    expect(facts({ ...film, ratings: [{ source: 'imdb', value: 8.5, scale: 10 }] }, 'fr')).to.equal(
      '2019 · 2 h 12 min · IMDb 8,5/10',
    );
  });

  it("keeps each snippet's layout to its own card, and shows a placeholder for a missing poster: cards without an id, and one film as a row and as a tile, on one page", () => {
    const withoutId: Film = { title: 'A film with no id', year: 2001 };
    const film: Film = {
      id: 'x',
      title: 'Fight Club',
      year: 1999,
      poster: { src: '/demo/posters/little-pyongyang.svg' },
    };
    const heights = { column: 18, large: 19, phone: 20, small: 22, narrow: 24 };
    const host = waitingIn(
      412,
      snippet(withoutId, { ...options, variant: 'poster' }),
      snippet(
        film,
        { ...options, variant: 'compact' },
        { column: 6.3, large: 6.3, phone: 6.3, small: 6.3, narrow: 6.3 },
      ),
      snippet(film, { ...options, variant: 'poster' }, heights),
      snippet(withoutId, options, heights),
      snippet(withoutId, { ...options, variant: 'compact' }),
    );
    const [tile, row, filmTile, card, bareRow] = [...host.querySelectorAll('film-card')].map((element) => ({
      height: element.getBoundingClientRect().height,
      poster: element.querySelector('img')?.getBoundingClientRect().width,
      before: getComputedStyle(element, '::before').content,
    }));
    host.remove();
    expect(row!.poster, "the row's poster, a thumbnail").to.be.closeTo(56, 1);
    expect(row!.height, "the row's height").to.be.below(120);
    expect(row!.before, 'no placeholder from the tile without an id').to.equal('none');
    expect(filmTile!.poster, "the tile's poster, across it").to.be.above(300);
    expect(tile!.before, 'the tile without a poster shows the placeholder').to.not.equal('none');
    expect(card!.before, 'the full card takes none of the tiles').to.equal('none');
    expect(card!.height, "the full card's reserved height").to.be.closeTo(18 * 16, 1);
    expect(bareRow!.before, 'a row without a poster shows the placeholder').to.not.equal('none');
  });
});

// CommonMark (Hugo, Ghost's Markdown card, Eleventy) keeps raw HTML whole only as a block that
// starts with a tag alone on its line and has no blank line; WordPress's classic editor closes an
// open paragraph, and the card with it, at every <p>. Fenced here as those editors read it.
const markdown = new MarkdownIt({ html: true });

/** The card as a page's parser builds it from the HTML, for comparing two ways to the same page. */
const cardOf = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').querySelector('film-card')?.outerHTML;

/** Lines that begin a Markdown code block when they start a block: four spaces or a tab. */
const indentedLines = (html: string) => html.split('\n').filter((line) => /^( {4}|\t)/.test(line));

describe("the card maker's outputs, pasted into a blog post's Markdown or classic editor", () => {
  const film: Film = {
    id: 'tt0137523',
    title: 'Fight Club',
    originalTitle: 'El club de la lucha',
    year: 1999,
    runtime: 139,
    language: 'en',
    genres: ['Drama'],
    synopsis: 'An insomniac office worker.\n\nA soap maker.',
    poster: { src: 'https://example.com/p.jpg' },
    ratings: [{ source: 'imdb', value: 8.8, scale: 10, votes: 2_000_000 }],
    href: 'https://www.imdb.com/title/tt0137523/',
  };

  for (const variant of ['full', 'compact', 'poster'] as const)
    it(`keeps the ${variant} card whole: its opening tag on one line, no blank line and no paragraph in it, the same card after Markdown`, () => {
      const code = snippet(film, { ...options, variant });
      const card = code.slice(code.indexOf('<film-card'), code.indexOf('</film-card>'));
      expect(card.split('\n')[0], 'the opening tag on one line').to.match(/^<film-card [^\n]*>$/);
      expect(card, "no blank line, a synopsis's included").not.to.match(/\n[ \t]*\n/);
      expect(card, 'no <p>, which closes the card in an editor that adds paragraphs').not.to.match(/<p[\s>]/);
      // Only the style's declarations are indented: a <style> block runs to </style> in Markdown.
      expect(indentedLines(card), 'no line indented as code').to.deep.equal([]);
      expect(cardOf(markdown.render(code)), 'the same card after Markdown').to.equal(cardOf(code));
    });

  it('writes the line breaks of an attribute value as character references, so the value has no blank line', () => {
    const code = snippet(film, options);
    expect(code).to.include('synopsis="An insomniac office worker.&#10;&#10;A soap maker."');
    const card = new DOMParser().parseFromString(code, 'text/html').querySelector('film-card')!;
    expect(card.getAttribute('synopsis')).to.equal(film.synopsis);
  });

  it('gives static HTML that Markdown keeps whole: in a block of its own, with no blank line and no line indented as code', () => {
    // What the server renderer writes: a comment first, indented lines, blank lines in its style.
    const rendered = `<!--lit-part x--><film-card lang="en"><template shadowrootmode="open"><style>
  .a {
    color: red;
  }

  .b > * {
    color: blue;
  }
</style>
    <div part="card">
      <span>Fight</span>
      <span>Club</span>
    </div><button type="button"
      aria-pressed="false"

    ></button></template><a href="https://www.imdb.com/title/tt0137523/" title="a&#10;b">Fight Club (1999)</a></film-card><!--/lit-part-->`;
    const code = staticHtml(rendered, { ...options, staticScript: true });
    expect(code, 'no blank line').not.to.match(/\n[ \t]*\n/);
    expect(indentedLines(code), 'no line indented as code').to.deep.equal([]);
    expect(cardOf(markdown.render(code)), 'the same card after Markdown').to.equal(cardOf(code));
    const words = (html: string) => {
      const template = new DOMParser()
        .parseFromString(html, 'text/html')
        .querySelector<HTMLTemplateElement>('film-card > template')!;
      return template.content.textContent.replace(/\s+/g, ' ');
    };
    expect(words(code), 'the same words and style').to.equal(words(rendered));
    expect(code).to.include('<script type="module" src="film-cards.js"></script>');
  });

  it('keeps a > inside a quoted attribute value in its tag, and the line break beside it as a reference', () => {
    const rendered = `<film-card aria-label="a > b
c" lang="en"><a href="https://example.com/">x</a></film-card>`;
    const code = staticHtml(rendered, options);
    const card = new DOMParser().parseFromString(code, 'text/html').querySelector('film-card')!;
    expect(card.getAttribute('aria-label')).to.equal('a > b\nc');
    expect(card.querySelector('a')!.textContent).to.equal('x');
  });
});

describe("the card maker's snippet, for readers without the script", () => {
  const film: Film = {
    id: 'x',
    title: 'ليلة',
    originalTitle: 'Night',
    year: 2001,
    language: 'Arabic',
    poster: { src: 'https://example.com/p.jpg' },
  };
  const card = (variant: MakerOptions['variant'], changes: Partial<Film> = {}) =>
    new DOMParser()
      .parseFromString(snippet({ ...film, ...changes }, { ...options, variant }), 'text/html')
      .querySelector('film-card')!;

  // In a <bdi>, not with dir="auto" on the block: the line keeps the page's alignment, as the card's title does.
  it("isolates the title's direction, as the card does", () => {
    expect(card('full').querySelector(':scope > b > bdi')!.textContent).to.equal(
      card('full').querySelector(':scope > b')!.textContent,
    );
    expect(card('full').querySelector(':scope > b')!.hasAttribute('dir')).to.equal(false);
  });

  it('writes lang on the original title only for a language tag, not a language name', () => {
    const original = (language: string) =>
      card('full', { language }).querySelector(':scope > span[dir="auto"]')!.getAttribute('lang');
    expect(original('Arabic'), 'a name').to.equal(null);
    expect(original('EN-gb'), 'a tag, as written canonically').to.equal('en-GB');
  });

  it("gives the poster a width and height, so that a feed reader without the snippet's style shows it small", () => {
    for (const [variant, width, height] of [
      ['full', '144', '216'],
      ['compact', '56', '84'],
      ['poster', '144', '216'],
    ] as const) {
      const poster = card(variant).querySelector('img')!;
      expect([poster.getAttribute('width'), poster.getAttribute('height')], variant).to.deep.equal([
        width,
        height,
      ]);
    }
  });
});
