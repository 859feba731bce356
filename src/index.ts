// The main entry: registers every element (safe to repeat) and exports the classes.
// The drop-in bundle, dist/film-cards.js, is this module with Lit inlined.
import './rating-badge/define.js';

export * from './elements.js';
