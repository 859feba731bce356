// The network page: 200 cards as a blogger would write them, by `src`, then the library.
//   ?case=shared    every card names the same URL
//   ?case=distinct  every card names its own URL, 6,000 px below the fold, lazily loaded
// `&loading=eager` sets the attribute on every card; `&tag=X` keeps URLs of different runs apart.
const params = new URLSearchParams(location.search);
const list = document.querySelector('#cards');
const settled = { load: 0, error: 0 };

if (params.get('case') === 'distinct')
  list.before(Object.assign(document.createElement('div'), { className: 'far' }));
for (let i = 0; i < 200; i++) {
  const card = document.createElement('film-card');
  const id = params.get('case') === 'shared' ? 'shared' : i;
  card.setAttribute('src', `/film/${id}.json?tag=${params.get('tag')}`);
  if (params.get('loading')) card.setAttribute('loading', params.get('loading'));
  list.append(card);
}
document.addEventListener('film-load', () => settled.load++);
document.addEventListener('film-error', () => settled.error++);

window.bench = {
  ready: import(params.get('bundle')).then(() => customElements.whenDefined('film-card')),
  settled: () => ({ ...settled }),
  scrollToCards: () => list.scrollIntoView(),
  scrollToEnd: () => scrollTo(0, document.documentElement.scrollHeight),
};
