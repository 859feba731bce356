// The one model every element renders. Every way in (attributes, a JSON URL,
// inline JSON-LD, a JS property) is normalised into a `Film` first.

/** A known rating source, or any other name as free text. */
export type RatingSource = 'imdb' | 'tmdb' | 'letterboxd' | 'metacritic' | 'rotten-tomatoes' | (string & {});

/** One score from one source. */
export interface Rating {
  /** Who gave the score: a known source id or free text. */
  source?: RatingSource;
  /** The score on its scale, between 0 and `scale`. */
  value: number;
  /** The top of the scale: 10 for IMDb and TMDB, 5 for Letterboxd, 100 for Metacritic and Rotten Tomatoes. */
  scale: number;
  /** How many people voted, when known. */
  votes?: number;
}

/** How an offer lets you watch: by subscription, free, free with ads, to rent, to buy, or in cinemas. */
export type OfferKind = 'stream' | 'free' | 'ads' | 'rent' | 'buy' | 'cinema';

/** One way to watch the film from one provider. */
export interface Offer {
  /** The provider's name, shown as text and used as the logo's alt text. */
  provider: string;
  /** How the offer lets you watch. */
  kind: OfferKind;
  /** An http(s) URL of the provider's logo. */
  logo?: string;
  /** An http(s) URL where the film can be watched. */
  href?: string;
  /** The price for rent and buy offers, in `currency`. */
  price?: number;
  /** An ISO 4217 code such as `GBP`. */
  currency?: string;
  /** Picture quality such as `SD`, `HD` or `4K`. */
  quality?: string;
}

/** Where a film can be watched in one country. */
export interface Availability {
  /** An ISO 3166-1 alpha-2 code such as `GB`. */
  region: string;
  offers: Offer[];
  /** When the offers were last checked, as an ISO 8601 date or date-time. */
  checkedAt?: string;
  /** Who the data comes from, with the link its terms require (for TMDB data: JustWatch). */
  attribution?: { name: string; href?: string };
}

/** A director or a cast member. */
export interface Person {
  name: string;
  /** For cast: the character played. */
  character?: string;
  /** An http(s) link to the person's page. */
  href?: string;
}

/** A film's poster image. */
export interface Poster {
  /** An http(s) (or page-relative) URL of the image. */
  src: string;
  /** Text for screen readers; the card falls back to "Poster for <title>". */
  alt?: string;
  width?: number;
  height?: number;
}

/** An age certification in one country, as its board writes it: "15", "PG-13", "FSK 12". */
export interface Certification {
  /** An ISO 3166-1 alpha-2 code such as `GB`. */
  region: string;
  rating: string;
}

/** A film, validated: every field present is safe to render as text or link. */
export interface Film {
  /** A stable id, used to match watchlist entries (e.g. an IMDb id `tt8765432`). */
  id?: string;
  /** The title, in the language the data gives it. */
  title: string;
  /** The title in its original language, when it differs. */
  originalTitle?: string;
  /** Year of release. */
  year?: number;
  /** An ISO 8601 date, `YYYY-MM-DD`. */
  releaseDate?: string;
  /** Running time in minutes. */
  runtime?: number;
  /** The original language as a BCP 47 code (`ko`) or, failing that, a name. */
  language?: string;
  /** Every language spoken in the film, as BCP 47 codes or names. */
  spokenLanguages?: string[];
  /** Genre names, as the data gives them. */
  genres?: string[];
  /** A short synopsis, as plain text (line breaks kept). */
  synopsis?: string;
  poster?: Poster;
  ratings?: Rating[];
  directors?: Person[];
  cast?: Person[];
  /** An http(s) link to the film's page. */
  href?: string;
  /** Offers per country. */
  availability?: Availability[];
  /** Offers written by hand for the region shown (`offers` attribute, `<watch-offer>` children); they replace `availability`. */
  offers?: Offer[];
  /** Age certifications per country; a card shows the one for its region. */
  certifications?: Certification[];
  /** An http(s) link to a trailer: a plain link out, nothing embedded or loaded before a click. */
  trailer?: string;
}
