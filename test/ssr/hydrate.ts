// What a page with server-rendered cards loads: Lit's hydration support first, so that each element
// adopts the DOM the server wrote when it upgrades instead of rendering a second copy, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/film-card/define.js';
