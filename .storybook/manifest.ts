import json from '../custom-elements.json';

// The manifest's JSON type is inferred from whatever the analyzer last wrote, so keys that no element
// uses yet (events, slots) would be missing from it; this is the slice Storybook's config reads.
export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
}

export interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export const manifest = json as unknown as Manifest;

/** Every custom element the library declares. */
export const elements: ManifestDeclaration[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

export function element(tagName: string): ManifestDeclaration | undefined {
  return elements.find((declaration) => declaration.tagName === tagName);
}

/** The names of every event any element documents with `@fires`. */
export const eventNames: string[] = [
  ...new Set(elements.flatMap((declaration) => declaration.events ?? []).map((event) => event.name)),
];

/** Tags whose element takes a `theme` attribute, so the toolbar can drive it. */
export const themedTags: string[] = elements
  .filter((declaration) => declaration.attributes?.some((attribute) => attribute.name === 'theme'))
  .map((declaration) => declaration.tagName!);
