import { expect, fixture, html } from '@open-wc/testing';
import '../../src/rating-badge/define.js';
import type { RatingBadge } from '../../src/rating-badge/rating-badge.js';
import { captureWarnings } from '../helpers/console.js';

const part = (el: RatingBadge, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (el: RatingBadge, name: string) => part(el, name)?.textContent?.trim();
const label = (el: RatingBadge) => part(el, 'badge')!.getAttribute('aria-label');

describe('<rating-badge>', () => {
  it('is accessible', async () => {
    const el = await fixture<RatingBadge>(
      html`<rating-badge value="7.5" votes="39" source="imdb"></rating-badge>`,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the score, its scale, the votes and the source', async () => {
    const el = await fixture<RatingBadge>(
      html`<rating-badge value="7.5" votes="39" source="imdb"></rating-badge>`,
    );
    expect(text(el, 'source')).to.equal('IMDb');
    expect(text(el, 'value')).to.equal('7.5');
    expect(text(el, 'scale')).to.equal('/10');
    expect(text(el, 'votes')).to.equal('(39)');
  });

  it('reads as one sentence to a screen reader', async () => {
    const el = await fixture<RatingBadge>(
      html`<rating-badge value="7.5" votes="39000" source="imdb"></rating-badge>`,
    );
    expect(part(el, 'badge')!.getAttribute('role')).to.equal('img');
    expect(label(el)).to.equal('Rated 7.5 out of 10 by 39,000 IMDb users');
  });

  it('says "user" for a single vote', async () => {
    const el = await fixture<RatingBadge>(
      html`<rating-badge value="8" votes="1" source="imdb"></rating-badge>`,
    );
    expect(label(el)).to.match(/^Rated 8 out of 10 by 1 IMDb user \(few ratings\)$/);
  });

  it('is honest about a score from few votes', async () => {
    const few = await fixture<RatingBadge>(html`<rating-badge value="7.5" votes="39"></rating-badge>`);
    expect(text(few, 'hint')).to.equal('few ratings');
    expect(label(few)).to.contain('(few ratings)');

    const many = await fixture<RatingBadge>(html`<rating-badge value="7.5" votes="39000"></rating-badge>`);
    expect(part(many, 'hint')).to.equal(null);

    const threshold = await fixture<RatingBadge>(
      html`<rating-badge value="7.5" votes="39" few-votes="10"></rating-badge>`,
    );
    expect(part(threshold, 'hint')).to.equal(null);
  });

  it('formats vote counts compactly in the page language', async () => {
    const en = await fixture<RatingBadge>(html`<rating-badge value="7" votes="1234"></rating-badge>`);
    expect(text(en, 'votes')).to.equal('(1.2K)');

    const fr = await fixture<RatingBadge>(
      html`<rating-badge lang="fr" value="7,5" votes="12000"></rating-badge>`,
    );
    expect(text(fr, 'votes')!.replace(/\s/g, ' ')).to.equal('(12 k)');
    expect(text(fr, 'value')).to.equal('7,5');
    expect(label(fr)).to.match(/^Noté 7,5 sur 10 par 12\s000 utilisateurs/);
  });

  it('follows the nearest ancestor language', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><rating-badge value="7.5" votes="39"></rating-badge></div>`,
    );
    const el = wrapper.querySelector('rating-badge')!;
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('7,5');
    expect(label(el)).to.match(/^Bewertet mit 7,5 von 10/);
  });

  it('re-renders when the page language changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><rating-badge value="7.5"></rating-badge></div>`);
    const el = wrapper.querySelector('rating-badge')!;
    wrapper.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('7,5');
  });

  it('reads a decimal comma and a thousands separator', async () => {
    const el = await fixture<RatingBadge>(html`<rating-badge value="7,5" votes="1,234"></rating-badge>`);
    expect(el.value).to.equal(7.5);
    expect(el.votes).to.equal(1234);
  });

  // OMDb gives Rotten Tomatoes and Metacritic scores without votes: a card of it shows three badges.
  it('names its source in what a screen reader hears when there is no vote count', async () => {
    const tomatoes = await fixture<RatingBadge>(
      html`<rating-badge value="99" source="rotten-tomatoes"></rating-badge>`,
    );
    const metacritic = await fixture<RatingBadge>(
      html`<rating-badge value="75" max="100" source="metacritic"></rating-badge>`,
    );
    expect(label(tomatoes)).to.equal('Rated 99 out of 100 by Rotten Tomatoes');
    expect(label(metacritic)).to.equal('Rated 75 out of 100 by Metacritic');
    const german = await fixture<RatingBadge>(
      html`<rating-badge lang="de" value="3.9" source="letterboxd"></rating-badge>`,
    );
    expect(label(german)).to.equal('Bewertet mit 3,9 von 5 bei Letterboxd');
  });

  it('works on other scales', async () => {
    const letterboxd = await fixture<RatingBadge>(
      html`<rating-badge value="3.9" source="letterboxd"></rating-badge>`,
    );
    expect(text(letterboxd, 'scale')).to.equal('/5');
    expect(label(letterboxd)).to.equal('Rated 3.9 out of 5 by Letterboxd');

    const metacritic = await fixture<RatingBadge>(
      html`<rating-badge value="74" max="100" source="metacritic"></rating-badge>`,
    );
    expect(text(metacritic, 'value')).to.equal('74');
    expect(text(metacritic, 'scale')).to.equal('/100');

    const tomatoes = await fixture<RatingBadge>(
      html`<rating-badge value="92" source="rotten-tomatoes"></rating-badge>`,
    );
    expect(text(tomatoes, 'value')).to.equal('92%');
    expect(part(tomatoes, 'scale')).to.equal(null);
    expect(text(tomatoes, 'source')).to.equal('Rotten Tomatoes');
  });

  it("writes a percentage as the page's language does", async () => {
    for (const lang of ['en', 'fr', 'de', 'ar-EG']) {
      const el = await fixture<RatingBadge>(
        html`<rating-badge lang=${lang} value="92" votes="310" source="rotten-tomatoes"></rating-badge>`,
      );
      const expected = new Intl.NumberFormat(lang, { style: 'percent' }).format(0.92);
      expect(text(el, 'value'), lang).to.equal(expected);
    }
  });

  it('speaks a percentage as a score out of 100, in every language', async () => {
    const spoken: Record<string, string> = {};
    for (const lang of ['en', 'es', 'fr', 'de', 'ko', 'ja']) {
      const el = await fixture<RatingBadge>(
        html`<rating-badge lang=${lang} value="92" votes="310" source="rotten-tomatoes"></rating-badge>`,
      );
      spoken[lang] = part(el, 'badge')!.getAttribute('aria-label')!;
    }
    expect(spoken).to.deep.equal({
      en: 'Rated 92 out of 100 by 310 Rotten Tomatoes users',
      es: 'Valorada con 92 de 100 por 310 usuarios de Rotten Tomatoes',
      fr: 'Noté 92 sur 100 par 310 utilisateurs Rotten Tomatoes',
      de: 'Bewertet mit 92 von 100 durch 310 Rotten Tomatoes-Nutzer',
      ko: 'Rotten Tomatoes 사용자 310명이 평가: 100점 만점에 92점',
      ja: 'Rotten Tomatoesユーザー310人による評価: 100点中92点',
    });
  });

  it('fills the stars in proportion to the score', async () => {
    const el = await fixture<RatingBadge>(html`<rating-badge value="2" max="5"></rating-badge>`);
    const filled = el.shadowRoot!.querySelector<HTMLElement>('.rating-filled')!;
    expect(filled.style.getPropertyValue('--fill')).to.equal('40%');
  });

  it('spaces its pieces by its gap after the source and the stars, by a space before the votes, and reads with spaces as text', async () => {
    const el = await fixture<RatingBadge>(
      html`<rating-badge style="font: 16px/1.5 serif" value="7.5" votes="39" source="imdb" few-votes="0"></rating-badge>`,
    );
    const box = (name: string) => part(el, name)!.getBoundingClientRect();
    const gap = 0.35 * 16;
    const space = (() => {
      const probe = document.createElement('span');
      probe.style.font = '16px serif';
      probe.textContent = '\u00a0';
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    })();
    const score = el.shadowRoot!.querySelector('.rating-score')!.getBoundingClientRect();
    expect(box('stars').left - box('source').right, 'source to stars').to.be.closeTo(gap + space, 0.5);
    expect(score.left - box('stars').right, 'stars to score: the gap alone').to.be.closeTo(gap, 0.5);
    expect(box('votes').left - score.right, 'score to votes: a space').to.be.closeTo(space, 0.5);
    expect(part(el, 'badge')!.textContent?.replace(/\s+/g, ' ')).to.equal('IMDb ★★★★★★★★★★ 7.5 /10 (39)');
  });

  it('fills the stars from the reading side in right-to-left text', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl" lang="ar"><rating-badge value="5" max="10"></rating-badge></div>`,
    );
    const el = wrapper.querySelector('rating-badge')!;
    await el.updateComplete;
    const stars = el.shadowRoot!.querySelector('[part~="stars"]')!.getBoundingClientRect();
    const filled = el.shadowRoot!.querySelector('.rating-filled')!.getBoundingClientRect();
    expect(filled.right).to.be.closeTo(stars.right, 0.5);
    expect(filled.width).to.be.closeTo(stars.width / 2, 1);
  });

  it('shows free-text sources as written', async () => {
    const el = await fixture<RatingBadge>(
      html`<rating-badge value="4" max="5" source="Film Club"></rating-badge>`,
    );
    expect(text(el, 'source')).to.equal('Film Club');
  });

  it('wraps a long source name of one word inside a narrow box', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 200px"><rating-badge value="7.5" votes="39" source=${'Ratingsfromaveryverylongnamedcommunitysite'}></rating-badge></div>`,
    );
    const el = wrapper.querySelector('rating-badge')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width, 'badge width, px').to.be.at.most(200);
    const source = part(el, 'source')!.getBoundingClientRect();
    expect(source.right, 'the source name inside the box').to.be.at.most(
      wrapper.getBoundingClientRect().right + 0.5,
    );
  });

  it('leaves out votes when there are none', async () => {
    const el = await fixture<RatingBadge>(html`<rating-badge value="6.1"></rating-badge>`);
    expect(part(el, 'votes')).to.equal(null);
    expect(label(el)).to.equal('Rated 6.1 out of 10');
  });

  for (const value of [undefined, '', 'abc', 'NaN', '-1']) {
    it(`shows "not rated" for value=${JSON.stringify(value)}`, async () => {
      const warnings = captureWarnings();
      const el = await fixture<RatingBadge>(
        html`<rating-badge value=${value ?? ''} source="imdb"></rating-badge>`,
      );
      if (value === undefined) el.removeAttribute('value');
      await el.updateComplete;
      warnings.restore();
      expect(part(el, 'badge')!.classList.contains('rating-unrated')).to.equal(true);
      expect(text(el, 'value')).to.equal('Not rated yet');
      expect(label(el)).to.equal('IMDb: Not rated yet');
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined/);
      const expected = value === 'abc' || value === 'NaN' || value === '-1' ? 1 : 0;
      expect(warnings.messages).to.have.length(expected);
    });
  }

  it('writes "Not rated yet" quietly, in the muted color, never as a bold score', async () => {
    const [unrated, rated] = await Promise.all([
      fixture<RatingBadge>(html`<rating-badge source="imdb"></rating-badge>`),
      fixture<RatingBadge>(html`<rating-badge value="7" votes="5" source="imdb"></rating-badge>`),
    ]);
    const value = getComputedStyle(part(unrated, 'value')!);
    expect(value.fontWeight).to.equal('400');
    expect(value.color, 'the votes color').to.equal(getComputedStyle(part(rated, 'votes')!).color);
  });

  it('is accessible when not rated', async () => {
    const el = await fixture<RatingBadge>(html`<rating-badge source="imdb"></rating-badge>`);
    await expect(el).to.be.accessible();
  });

  it('caps a value over the scale and warns once', async () => {
    const warnings = captureWarnings();
    const el = await fixture<RatingBadge>(html`<rating-badge value="12" votes="5"></rating-badge>`);
    el.votes = 6;
    await el.updateComplete;
    warnings.restore();
    expect(text(el, 'value')).to.equal('10');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('capped value 12');
  });

  for (const votes of ['abc', '-5', '1e20'])
    it(`leaves out votes="${votes}", which is no count, and says so once`, async () => {
      const warnings = captureWarnings();
      const el = await fixture<RatingBadge>(
        html`<rating-badge value="7" source="imdb" votes=${votes}></rating-badge>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      warnings.restore();
      expect(part(el, 'votes') === null, 'votes shown').to.equal(true);
      expect(warnings.messages, 'warnings').to.have.length(1);
      expect(warnings.messages[0]).to.contain(`votes="${votes}"`);
    });

  it('says once that a few-votes threshold that is no count is ignored', async () => {
    const warnings = captureWarnings();
    const el = await fixture<RatingBadge>(
      html`<rating-badge value="7" votes="5" few-votes="-1"></rating-badge>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    warnings.restore();
    expect(warnings.messages, 'warnings').to.have.length(1);
    expect(warnings.messages[0]).to.contain('few-votes="-1"');
  });

  it('ignores a scale that is not a positive number', async () => {
    const warnings = captureWarnings();
    const el = await fixture<RatingBadge>(html`<rating-badge value="7" max="zero"></rating-badge>`);
    warnings.restore();
    expect(text(el, 'scale')).to.equal('/10');
    expect(warnings.messages[0]).to.contain('max="zero"');
  });

  it('accepts wrong types through properties without throwing', async () => {
    const el = await fixture<RatingBadge>(html`<rating-badge></rating-badge>`);
    const warnings = captureWarnings();
    for (const bad of [null, {}, [], Number.NaN, 1e308, '9'.repeat(10_000)]) {
      Object.assign(el, { value: bad, votes: bad, max: bad, source: bad });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.match(/NaN|undefined|\[object/);
    }
    warnings.restore();
  });

  it('updates when its properties change', async () => {
    const el = await fixture<RatingBadge>(html`<rating-badge value="5"></rating-badge>`);
    el.value = 8.25;
    el.votes = 2500;
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('8.3');
    expect(text(el, 'votes')).to.equal('(2.5K)');
  });
});
