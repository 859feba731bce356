// What the bench pages (bench/pages/*.js, plain browser scripts outside the type check) put on
// `window` for the Node side to drive through page.evaluate().
export {};

declare global {
  interface Window {
    // The harness's API (bench/pages/harness.js) is plain JavaScript with no declared types.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    bench: any;
    loaded: number;
    // Layout shifts: [start, value] on the phone pages, { value, time, input, sources } on the articles.
    shifts: unknown[];
    longTasks: [start: number, duration: number][];
    painted: number;
    /** The phone pages: the first frame in which a reader sees the film, drawn or in the page's own HTML. */
    shown: number;
    watch: () => unknown;
    /** The load page: the index of the last card on screen, as its IntersectionObserver says. */
    lastOnScreen: number;
    /** The load page: how many cards loaded, failed and timed out so far. */
    outcomes: () => { loaded: number; failed: number; timedOut: number };
    cards: Map<Element, { seen: [from: number, to: number][]; loaded: number | null; error: unknown }>;
  }
}
