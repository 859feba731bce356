import type { ArgTypes } from '@storybook/web-components-vite';
import { element, type ManifestItem } from './manifest';

/*
 * Docs tables and controls from the custom elements manifest.
 *
 * Storybook's own reading of the manifest keys every row by its bare name, so a part named `value`
 * replaces the `value` property (rating-badge has both), private fields show up as rows, and a
 * `number | undefined` property gets no control. Here each property is one row under its property
 * name (the name stories use for their args) with its attribute noted, and parts, slots, events and
 * custom properties get keys of their own.
 */

type Member = ManifestItem & {
  kind?: string;
  type?: { text?: string };
  attribute?: string;
  reflects?: boolean;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
};

type Declaration = {
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: (ManifestItem & { fieldName?: string; type?: { text?: string } })[];
  events?: (ManifestItem & { type?: { text?: string } })[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
};

const literal = /^'([^']*)'$/;

/** A control to match the declared type; none for what a control cannot usefully edit. */
function typeAndControl(text = '') {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length > 0 && parts.every((part) => literal.test(part))) {
    const options = parts.map((part) => part.match(literal)![1]);
    return {
      type: { name: 'enum', value: options } as const,
      control: { type: options.length > 4 ? 'select' : 'inline-radio' } as const,
    };
  }
  if (parts.length === 1 && ['string', 'number', 'boolean'].includes(parts[0])) {
    return { type: { name: parts[0] as 'string' | 'number' | 'boolean' }, control: undefined };
  }
  if (parts.length === 0 || /=>|\btypeof\b|Function/.test(text))
    return { type: { name: 'other', value: text } as const, control: false as const };
  return { type: { name: 'object', value: {} } as const, control: { type: 'object' } as const };
}

const summaryOf = (text?: string) => (text ? { summary: text } : undefined);

export function extractArgTypes(tagName: string): ArgTypes | null {
  const declaration = element(tagName) as Declaration | undefined;
  if (!declaration) return null;
  const argTypes: ArgTypes = {};

  const isPublicField = (member: Member) =>
    member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';
  for (const member of (declaration.members ?? []).filter(isPublicField)) {
    const { type, control } = typeAndControl(member.type?.text);
    const notes = [
      member.attribute && member.attribute !== member.name ? `Attribute: \`${member.attribute}\`.` : '',
      member.attribute ? '' : 'Property only (no attribute).',
      member.reflects ? 'Reflected to its attribute.' : '',
    ].filter(Boolean);
    argTypes[member.name] = {
      name: member.name,
      description: [member.description, notes.join(' ')].filter(Boolean).join('\n\n'),
      type: { ...type, required: false },
      ...(control === undefined ? {} : { control }),
      table: {
        category: 'attributes & properties',
        type: summaryOf(member.type?.text),
        defaultValue: summaryOf(member.default),
      },
    };
  }

  // Attributes with no property behind them (rare, but the manifest allows it).
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName || argTypes[attribute.name]) continue;
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control: { type: 'text' },
      table: {
        category: 'attributes & properties',
        type: summaryOf(attribute.type?.text),
        defaultValue: summaryOf(attribute.default),
      },
    };
  }

  // Documentation rows only: a story's render decides what reaches slots, and events go to Actions.
  const rows = (
    items: (ManifestItem & { type?: { text?: string } })[] | undefined,
    category: string,
    key: (name: string) => string,
    label = (name: string) => name,
  ) => {
    for (const item of items ?? []) {
      argTypes[key(item.name ?? '')] = {
        name: label(item.name ?? ''),
        description: item.description,
        control: false,
        table: { category, type: summaryOf(item.type?.text), defaultValue: summaryOf(item.default) },
      };
    }
  };
  rows(declaration.events, 'events', (name) => `event:${name}`);
  rows(
    declaration.slots,
    'slots',
    (name) => `slot:${name}`,
    (name) => name || '(default)',
  );
  rows(declaration.cssParts, 'css shadow parts', (name) => `part:${name}`);
  rows(declaration.cssProperties, 'css custom properties', (name) => name);
  return argTypes;
}

/** The class JSDoc: the analyzer files a leading `@summary` paragraph and the text after it apart. */
export function extractComponentDescription(tagName: string): string {
  const declaration = element(tagName) as Declaration | undefined;
  return [declaration?.summary, declaration?.description].filter(Boolean).join('\n\n');
}
