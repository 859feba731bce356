// The template helpers every drawn piece goes through: `html` leaves out the line breaks that lay
// out a template's source, `htmlWithParts` names a shared view's parts for the element drawing it,
// and `flatList` draws a list as one template.
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../src/film-card/define.js';
import type { FilmCard } from '../../src/film-card/film-card.js';
import { flatList, listItem } from '../../src/shared/flat-list.js';
import { html, htmlWithParts, type HtmlTag } from '../../src/shared/html.js';

function drawn(template: TemplateResult, box = document.createElement('div')) {
  render(template, box);
  return box;
}

/** Every node of a kind under `root`, through open shadow roots. */
function nodesOf(root: Node, type: number): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === type) found.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

const blankText = (root: Node) =>
  nodesOf(root, Node.TEXT_NODE)
    .map((node) => (node as Text).data)
    .filter((text) => !text.trim());

describe('html', () => {
  it('leaves out a line break and its indentation between tags and bindings, and keeps a space on one line', () => {
    const box = drawn(html`
      <ul>
        <li>${'a'}</li>
        ${'b'}
        <li>${'c'} ${'d'}</li>
      </ul>
    `);
    expect(blankText(box)).to.deep.equal([' ']);
    expect(box.querySelector('ul')!.textContent).to.equal('abc d');
  });

  it('keeps line breaks among a tag’s attributes and beside text', () => {
    const box = drawn(html`<img alt=${'x'}
      width="3" /><p>One
      two</p>`);
    expect(box.querySelector('img')!.getAttribute('width')).to.equal('3');
    expect(box.querySelector('p')!.textContent).to.equal('One\n      two');
  });

  it('keeps a line break between two bindings and inside an attribute value', () => {
    const box = drawn(html`<p class="${'one'}
      ${'two'}">${'first'}
${'second'}</p>`);
    const paragraph = box.querySelector('p')!;
    expect([...paragraph.classList]).to.deep.equal(['one', 'two']);
    expect(paragraph.textContent).to.equal('first\nsecond');
  });

  it('takes only a template literal, never an array made from data', () => {
    const fromJson = JSON.parse('["<b>", "</b>"]') as TemplateStringsArray;
    expect(() => html(fromJson, 'text')).to.throw(TypeError, 'not a template literal');
  });

  it('is one template for each call site, so that drawing it again updates the same nodes', () => {
    const item = (text: string) => html`
      <p>${text}</p>
    `;
    const box = drawn(item('first'));
    const paragraph = box.querySelector('p');
    drawn(item('second'), box);
    expect(box.querySelector('p')).to.equal(paragraph);
    expect(paragraph!.textContent).to.equal('second');
  });
});

describe('htmlWithParts', () => {
  const rating = htmlWithParts('rating');
  const badge = (tag: HtmlTag, score: string) =>
    tag`<span part="badge" class="badge" data-part="x"><b part="value  strong">${score}</b>
      <i part=${'bound'}>/10</i></span>`;
  const partsOf = (box: Element) =>
    [...box.querySelectorAll('[part]')].map((node) => node.getAttribute('part'));

  it('prefixes every part name written in the template, leaves bound ones and other attributes alone, and drops layout line breaks', () => {
    const box = drawn(badge(rating, '7.5'));
    expect(partsOf(box)).to.deep.equal(['rating-badge', 'rating-value rating-strong', 'bound']);
    expect(box.querySelector('span')!.dataset.part).to.equal('x');
    expect(box.textContent).to.equal('7.5/10');
    expect(blankText(box)).to.deep.equal([]);
  });

  it('prefixes a name written in capitals or with spaces around "=", and gives an empty one no name', () => {
    const box = drawn(rating`<b PART = "value">${1}</b><i part="">${2}</i>`);
    expect(partsOf(box)).to.deep.equal(['rating-value', '']);
  });

  it('is one template per tag, so that drawing it again updates the same nodes', () => {
    const box = drawn(badge(rating, '7.5'));
    const value = box.querySelector('b');
    drawn(badge(rating, '8'), box);
    expect(box.querySelector('b')).to.equal(value);
    expect(value!.textContent).to.equal('8');
    // Another prefix is another template: its nodes are drawn afresh, with their own names.
    drawn(badge(htmlWithParts('card'), '9'), box);
    expect(box.querySelector('b')).not.to.equal(value);
    expect(partsOf(box)[0]).to.equal('card-badge');
  });

  it('refuses a part name it would leave without the prefix: unquoted, in single quotes, or bound inside the quotes', () => {
    expect(() => rating`<b part=value>${1}</b>`).to.throw(TypeError, 'double quotes');
    expect(() => rating`<b part='value'>${1}</b>`).to.throw(TypeError, 'double quotes');
    expect(() => rating`<b part="value ${'strong'}">1</b>`).to.throw(TypeError, 'double quotes');
  });

  it('takes only a template literal', () => {
    const fromJson = JSON.parse('["<b part=\\"x\\">", "</b>"]') as TemplateStringsArray;
    expect(() => rating(fromJson, 'text')).to.throw(TypeError, 'not a template literal');
  });
});

describe('flatList', () => {
  const row = listItem`<li data-kind=${0}>${0}</li>`;

  it('draws every item in order, with no marker between items: one per bound text', () => {
    const box = drawn(
      html`<ul>${flatList(row, [
        ['a', 'One'],
        ['b', 'Two'],
        ['c', 'Three'],
      ])}</ul>`,
    );
    const items = [...box.querySelectorAll('li')];
    expect(items.map((li) => [li.dataset.kind, li.textContent])).to.deep.equal([
      ['a', 'One'],
      ['b', 'Two'],
      ['c', 'Three'],
    ]);
    // Lit marks each bound text with one comment; a template per item would add two per item.
    const list = box.querySelector('ul')!;
    expect(nodesOf(list, Node.COMMENT_NODE)).to.have.length(3 + 1);
  });

  it('draws a list of another length afresh, and an empty one as nothing', () => {
    const list = (values: string[][]) => html`<ul>${flatList(row, values)}</ul>`;
    const box = drawn(list([['a', 'One']]));
    drawn(
      list([
        ['a', 'One'],
        ['b', 'Two'],
      ]),
      box,
    );
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['One', 'Two']);
    drawn(list([]), box);
    expect(box.querySelectorAll('li')).to.have.length(0);
  });

  it('refuses a row whose values do not fill the item’s slots', () => {
    expect(() => flatList(row, [['a', 'One'], ['b']])).to.throw(TypeError, 'a row of 1 values for 2 slots');
  });

  it('draws the list inside what holds it, in the same template, with the holder’s other values after it', () => {
    const inList = listItem`<ul class="facts">${0}${0}</ul>`;
    const box = drawn(
      html`${flatList(
        row,
        [
          ['a', 'One'],
          ['b', 'Two'],
        ],
        inList,
        html`<li>Last</li>`,
      )}`,
    );
    const list = box.querySelector('ul.facts')!;
    expect([...list.children].map((li) => li.textContent)).to.deep.equal(['One', 'Two', 'Last']);
    // One template for the holder and its items: a marker for each item's bound text and one for
    // the value after them; a template of the list's own would add its own.
    expect(nodesOf(list, Node.COMMENT_NODE)).to.have.length(2 + 1);
    expect(() => flatList(row, [['a', 'One']], inList)).to.throw(
      TypeError,
      '0 values after the list for 1 slots',
    );
  });

  it('keeps each item’s own listener and nested template', () => {
    const pressed: string[] = [];
    const button = listItem`<button @click=${0}>${0}</button>`;
    const box = drawn(
      html`${flatList(
        button,
        ['One', 'Two'].map((name) => [() => pressed.push(name), html`<b>${name}</b>`]),
      )}`,
    );
    box.querySelectorAll('button')[1]!.click();
    expect(pressed).to.deep.equal(['Two']);
    expect(box.querySelectorAll('button b')).to.have.length(2);
  });
});

describe('a drawn card', () => {
  it('holds no text node that only lays out its templates’ source', async () => {
    const card = await fixture<FilmCard>(testHtml`<film-card lang="en"></film-card>`);
    card.film = {
      id: 'tt6751668',
      title: 'Parasite',
      originalTitle: '기생충',
      year: 2019,
      runtime: 132,
      genres: ['Comedy', 'Thriller'],
      releaseDate: '2019-05-30',
      language: 'ko',
      synopsis: 'A poor family schemes to become employed by a wealthy family.',
      directors: [{ name: 'Bong Joon-ho' }],
      ratings: [{ source: 'imdb', value: 8.5, scale: 10, votes: 39 }],
      href: 'https://www.imdb.com/title/tt6751668/',
      availability: [
        {
          region: 'GB',
          offers: [{ provider: 'StreamFlix', kind: 'stream', href: 'https://example.com/s', quality: '4K' }],
        },
      ],
    };
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~="availability-offer"]'), 'the whole card drawn').not.equal(
      null,
    );
    // One line break is meant: the rating badge's, before its score (see rating-view.ts).
    expect(blankText(card.shadowRoot!).filter((text) => text.includes('\n'))).to.deep.equal(['\n']);
  });
});
