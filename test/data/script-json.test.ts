import { expect } from '@open-wc/testing';
import { parseScriptJson } from '../../src/data/script-json.js';

describe('parseScriptJson', () => {
  it('reads plain JSON as JSON.parse does', () => {
    expect(parseScriptJson(' {"name":"Shrek"} ')).to.deep.equal({ name: 'Shrek' });
  });

  it("reads JSON inside Letterboxd's /* <![CDATA[ */ ... /* ]]> */ guard", () => {
    expect(parseScriptJson('\n/* <![CDATA[ */\n{"name":"Shrek"}\n/* ]]> */\n')).to.deep.equal({
      name: 'Shrek',
    });
  });

  it('reads JSON inside a //<![CDATA[ or <!-- --> guard', () => {
    expect(parseScriptJson('//<![CDATA[\n{"a":1}\n//]]>')).to.deep.equal({ a: 1 });
    expect(parseScriptJson('<!--\n{"a":1}\n-->')).to.deep.equal({ a: 1 });
  });

  it('throws a SyntaxError for text that is not JSON, guarded or not', () => {
    expect(() => parseScriptJson('{name: Shrek}')).to.throw(SyntaxError);
    expect(() => parseScriptJson('/* <![CDATA[ */ nope /* ]]> */')).to.throw(SyntaxError);
    expect(() => parseScriptJson('/* a comment */ {"a":1}')).to.throw(SyntaxError);
  });
});
