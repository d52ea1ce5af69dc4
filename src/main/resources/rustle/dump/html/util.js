// util.js: DOM helpers shared by the viewer. Program text only ever reaches the page through
// textContent, never innerHTML, so a program cannot inject markup.

/** Creates an element with an optional class and text. */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

/** Appends children (elements or strings) to a parent and returns the parent. */
function add(parent, ...kids) {
  for (const k of kids) {
    if (k === null || k === undefined) continue;
    parent.appendChild(typeof k === 'string' ? document.createTextNode(k) : k);
  }
  return parent;
}

/** Parses a "0x..." address; addresses fit in 32 bits, so a double holds them exactly. */
function addr(s) {
  return typeof s === 'string' ? parseInt(s, 16) : Number(s);
}

/** Formats a number of bytes the way the dump tables do. */
function bytesLabel(n) {
  return n === 1 ? '1 byte' : n + ' bytes';
}

/** Splits a dump byte string ("0e 00 ...") into its two-digit pieces. */
function byteList(s) {
  return s ? s.trim().split(/\s+/) : [];
}

/** Colours for arrows: distinct at a glance, readable on white. */
const ARROW_COLOURS = ['#e4572e', '#2e86de', '#17a589', '#8e44ad', '#d4a017', '#c0392b', '#16a085', '#2c3e50'];

/** A small tag on a frame, local or block; hovering it says what it means. */
function badge(cls, text, title) {
  const b = el('span', 'badge ' + cls, text);
  if (title) b.title = title;
  return b;
}
