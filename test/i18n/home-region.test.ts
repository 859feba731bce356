// homeRegion stands in for Intl.Locale#maximize() on the common cases: it must name the same
// country as Intl for each of them, and leave the rest to Intl.
import { expect } from '@open-wc/testing';
import { homeRegion } from '../../src/i18n/home-region.js';

const maximized = (tag: string): string | undefined => {
  const region = new Intl.Locale(tag).maximize().region;
  return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
};

describe('homeRegion', () => {
  it('names the country Intl.Locale names for each common language and for tags with a region', () => {
    const tags = [
      ...'en fr es de it ja ko zh ru pt hi sv da nl no fi pl tr ar fa he el cs hu ro th id uk vi'.split(' '),
      ...['en-GB', 'en-US', 'fr-CA', 'pt-PT', 'zh-Hant-TW', 'sr-Latn-RS', 'de-CH-1996', 'en-GB-u-ca-gregory'],
    ];
    for (const tag of tags) {
      expect(maximized(tag), tag).to.match(/^[A-Z]{2}$/);
      expect(homeRegion(tag), tag).to.equal(maximized(tag));
    }
  });

  it('asks Intl for other tags, and names no country for a continent, the world or a bad tag', () => {
    expect(homeRegion('zh-Hant')).to.equal('TW');
    expect(homeRegion('bn')).to.equal('BD');
    expect(homeRegion('es-419')).to.equal(undefined);
    expect(homeRegion('eo')).to.equal(maximized('eo'));
    expect(homeRegion('not a tag')).to.equal(undefined);
  });
});
