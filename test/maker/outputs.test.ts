// The card maker's snippet as HTML a page parses: what the film's data puts in it stays text and
// attribute values, whatever the data holds.
import { expect } from '@open-wc/testing';
import { snippet, type MakerOptions } from '../../demo/maker/outputs.js';
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
    ).to.deep.equal(['img', 'b', 'p']);
    expect(page.querySelectorAll('script:not([src]), [onerror]'), 'no script and no handler').to.have.length(
      0,
    );
    expect(card.children[0]!.getAttribute('src')).to.equal(film.poster!.src);
    expect(card.children[1]!.textContent).to.equal(title);
    expect(card.children[2]!.textContent).to.equal('2001 · <script>window.injected=1</script>');
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
    ).to.deep.equal(['a', 'p']);
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
        .querySelector('film-card > p:last-of-type')!
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
