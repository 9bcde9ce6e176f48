// Small DOM helpers shared by the views: elements, SVG elements, error boxes.

const SVG = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes (text for its text) and children. */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAll(node, attrs);
  node.append(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  return node;
}

/** An SVG element with attributes and children. */
export function s(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAll(node, attrs);
  node.append(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  return node;
}

function setAll(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
}

/** A readable message for a failed request, announced to screen readers. */
export function errorBox(error) {
  const message = error?.message || String(error);
  return h('div', { class: 'error', role: 'alert' }, h('strong', { text: 'Could not show this view. ' }), message);
}

export function loading(text = 'Loading…') {
  return h('p', { class: 'loading', role: 'status', text });
}

/** A button that opens a record in the panel. */
export function recordButton(app, label, sel, by) {
  return h('button', { type: 'button', class: 'link', onclick: () => app.navigate({ sel, by }) }, label);
}

/** Colours of the powers and kinds, fixed so a colour means the same in every view. */
export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
