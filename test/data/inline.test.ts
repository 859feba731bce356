import { expect, fixture as render } from '@open-wc/testing';
import { filmFromInline } from '../../src/controllers/inline-reader.js';

function read(element: Element) {
  const warnings: string[] = [];
  const film = filmFromInline(element, { warn: (field, message) => warnings.push(`${field}: ${message}`) });
  return { film, warnings };
}

/** A div holding one script of `type` with `text`, built through the DOM as a framework would. */
function holder(...scripts: [type: string, text: string][]) {
  const element = document.createElement('div');
  element.className = 'holder';
  for (const [type, text] of scripts) {
    const script = document.createElement('script');
    script.type = type;
    script.textContent = text;
    element.append(script);
  }
  document.body.append(element);
  return element;
}

const movie = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'Movie',
  name: 'Little Pyongyang',
  duration: 'PT24M',
});

describe('filmFromInline', () => {
  afterEach(() => document.querySelectorAll('.holder').forEach((element) => element.remove()));

  it('reads JSON-LD written in the page', async () => {
    const element = await render(`<div>
      <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "Movie", "name": "Little Pyongyang", "datePublished": "2018-09-14", "duration": "PT24M"}
      </script>
      <p>My review…</p>
    </div>`);
    expect(read(element).film).to.deep.equal({
      title: 'Little Pyongyang',
      year: 2018,
      releaseDate: '2018-09-14',
      runtime: 24,
    });
  });

  it("reads the library's own JSON from application/json", () => {
    expect(
      read(holder(['application/json', '{"title": "Little Pyongyang", "year": 2018}'])).film,
    ).to.deep.equal({
      title: 'Little Pyongyang',
      year: 2018,
    });
  });

  it('matches the type in any case and with spaces', () => {
    expect(read(holder([' Application/LD+JSON ', movie])).film?.title).to.equal('Little Pyongyang');
  });

  it('gives nothing without a JSON script', () => {
    expect(read(holder()).film).to.equal(undefined);
    expect(read(holder(['text/plain', movie], ['module', movie])).film).to.equal(undefined);
  });

  it('skips a script that is not valid JSON, or not a film, with a warning, and reads the next', () => {
    const { film, warnings } = read(
      holder(
        ['application/ld+json', '{"@type": "Movie", name: '],
        ['application/ld+json', '{"@context": "https://schema.org", "@type": "BreadcrumbList"}'],
        ['application/ld+json', movie],
      ),
    );
    expect(film?.title).to.equal('Little Pyongyang');
    expect(warnings).to.deep.equal([
      'inline JSON: ignored: not valid JSON',
      'inline JSON: ignored: its shape is not a known film format',
    ]);
  });

  it("skips a script an adapter of the page's throws on, whatever it throws, with a warning, and reads the next", () => {
    const warnings: string[] = [];
    const problems: string[] = [];
    for (const thrown of [undefined, null, 'text', 42]) {
      const film = filmFromInline(
        holder(['application/json', '{"kind": "ours"}'], ['application/ld+json', movie]),
        {
          warn: (field, message) => warnings.push(`${field}: ${message}`),
          adapters: [
            {
              name: 'ours',
              detect: (json) => (json as { kind?: string }).kind === 'ours',
              adapt: () => {
                // What a page's adapter may throw, which is no Error.
                // eslint-disable-next-line @typescript-eslint/only-throw-error
                throw thrown;
              },
            },
          ],
        },
        (problem) => problems.push(problem.kind),
      );
      expect(film?.title, String(thrown)).to.equal('Little Pyongyang');
    }
    expect(problems).to.deep.equal(['shape', 'shape', 'shape', 'shape']);
    expect(warnings).to.deep.equal([
      'inline JSON: ignored: an adapter threw undefined',
      'inline JSON: ignored: an adapter threw null',
      'inline JSON: ignored: an adapter threw text',
      'inline JSON: ignored: an adapter threw 42',
    ]);
  });

  it('reads only its own children', () => {
    const element = holder();
    element.append(holder(['application/ld+json', movie]));
    expect(read(element).film).to.equal(undefined);
  });

  it('never runs what it reads', () => {
    const attack = '</script><script>window.inlineAttack = true</script>';
    const element = holder(
      ['application/json', JSON.stringify({ title: attack })],
      ['application/json', 'window.inlineAttack = true'],
    );
    const { film } = read(element);
    expect(film?.title).to.equal(attack);
    expect((window as { inlineAttack?: boolean }).inlineAttack).to.equal(undefined);
  });
});
