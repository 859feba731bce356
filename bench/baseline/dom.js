// The few DOM helpers a careful hand-written element needs: parse markup once, clone it per
// element, and write only what changed, so an update costs what it changes.

export function template(markup) {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element;
}

export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets an attribute, or removes it for `undefined`/`null`/`false`; `true` sets it empty. */
export function setAttr(element, name, value) {
  if (value === undefined || value === null || value === false) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
    return;
  }
  const text = value === true ? '' : String(value);
  if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/** Grows or shrinks `parent`'s children to `count`, making new ones with `create`. */
export function syncChildren(parent, count, create) {
  while (parent.children.length > count) parent.lastElementChild.remove();
  while (parent.children.length < count) parent.append(create());
  return parent.children;
}

/** A shadow root with the element's sheet, as Lit gives every element. */
export function attachRoot(host, sheets) {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  return root;
}
