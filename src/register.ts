// Defines every element under its standard tag name; safe to import more than once.
// This module alone is the drop-in bundle's entry: a page with a script tag needs the
// elements, not the exports. Hydration support comes first, before Lit is evaluated, so that
// server-rendered cards are adopted rather than rendered again.
import './shared/hydration.js';
import './film-card/define.js';
import './rating-badge/define.js';
import './watch-availability/define.js';
import './watch-offer/define.js';
import './watchlist-button/define.js';
