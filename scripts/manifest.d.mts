// The parts of custom-elements.json that the scripts read (schema 2.x, as the custom elements
// analyzer writes it, Lit's `attribute` and `reflects` included). Everything else in the file is
// left out: https://github.com/webcomponents/custom-elements-manifest/blob/main/schema.d.ts

export interface Manifest {
  modules: Module[];
}

export interface Module {
  /** The source file, from the package root: `src/film-card.ts`. */
  path: string;
  declarations?: Declaration[];
  exports?: Export[];
}

export interface Export {
  kind: 'js' | 'custom-element-definition';
  name: string;
}

/** Any declaration; the custom element's fields are there only when `customElement` is. */
export interface Declaration {
  kind: 'class' | 'function' | 'mixin' | 'variable';
  name: string;
  summary?: string;
  description?: string;
  customElement?: true;
  tagName?: string;
  members?: ClassMember[];
  attributes?: Attribute[];
  events?: Event[];
  slots?: Slot[];
  cssParts?: CssPart[];
  cssProperties?: CssCustomProperty[];
}

/** A custom element declaration that names its tag. */
export type TaggedElement = Declaration & { customElement: true; tagName: string };

export interface Type {
  text: string;
}

/** A field or a method: the fields of one are absent on the other. */
export interface ClassMember {
  kind: 'field' | 'method';
  name: string;
  description?: string;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  inheritedFrom?: { name: string; module?: string };
  /** A field's type. */
  type?: Type;
  default?: string;
  readonly?: boolean;
  /** The attribute a field is set from, if any. */
  attribute?: string;
  reflects?: boolean;
  parameters?: Parameter[];
  return?: { type?: Type };
}

export interface Parameter {
  name: string;
  optional?: boolean;
  type?: Type;
}

export interface Attribute {
  name: string;
  /** The property the attribute sets, if any. */
  fieldName?: string;
  type?: Type;
  default?: string;
  description?: string;
}

export interface Event {
  name: string;
  type?: Type;
  description?: string;
}

export interface Slot {
  /** Empty for the default slot. */
  name: string;
  description?: string;
}

export interface CssPart {
  name: string;
  description?: string;
}

export interface CssCustomProperty {
  name: string;
  default?: string;
  description?: string;
}
