// Defines every element under its standard tag name; safe to import more than once.
// This module alone is the drop-in bundle's entry: a page with a script tag needs the
// elements, not the exports. On a page with server-rendered cards, or in a language whose
// messages load on demand, the definitions wait for what they need (see shared/page-ready.ts).
import './shared/page-ready.js';
import './film-card/define.js';
import './rating-badge/define.js';
import './watch-availability/define.js';
import './watch-offer/define.js';
import './watchlist-button/define.js';
