import type { GENERATED_ATTRIBUTE } from '../data/movie-json-ld.js';

/**
 * The JSON-LD writer's marker on the script it writes, which is output, never film data. Written
 * out rather than imported, so that neither the data layer nor the element brings the writer
 * along; its type keeps the two equal. A module of its own, so that the data layer can read it
 * without importing the module that loads the data layer.
 */
export const GENERATED: typeof GENERATED_ATTRIBUTE = 'data-film-card-generated';

/** Whether a node is the card's own JSON-LD output (or anything else it marked as written by it). */
export const isGenerated = (node: Node): boolean => node instanceof Element && node.hasAttribute(GENERATED);
