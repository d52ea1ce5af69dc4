// heap.js: the heap column of one snapshot: live blocks and the blocks freed since the previous
// snapshot (faded), in address order, then the static string literals that live `&str`s point into.

/** How a character is drawn in its cell: visible even when it is a space or a control character. */
function charFace(c) {
  if (c === ' ') return '␣';
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  return c.length === 1 && c.charCodeAt(0) < 0x20 ? '\\u{' + c.charCodeAt(0).toString(16) + '}' : c;
}

/** A small box with a value on top and a caption below; `at` is the address it stands for. */
function cell(top, sub, at, cls) {
  const c = el('span', 'cell' + (cls ? ' ' + cls : ''));
  if (at) c.dataset.addr = at;
  add(c, el('div', 'top', top), el('div', 'sub', sub));
  return c;
}

/**
 * What a block holds, decoded: a String's chars with their UTF-8 bytes, a Vec's elements, a Box's value,
 * an Rc's counts and value.
 */
function contentsView(b) {
  const c = b.contents || { kind: 'raw' };
  const cells = el('div', 'cells');
  const base = addr(b.address);
  if (c.kind === 'string') {
    let off = 0;
    for (const ch of c.chars || []) {
      cells.appendChild(cell(charFace(ch.char), ch.bytes, '0x' + (base + off).toString(16).padStart(8, '0')));
      off += byteList(ch.bytes).length;
    }
    if (c.capacity > c.len) cells.appendChild(cell('unused', (c.capacity - c.len) + ' B', null, 'unused'));
  } else if (c.kind === 'vec') {
    const shown = c.elements || [];
    for (const e of shown) cells.appendChild(cell(e.value, '[' + e.index + ']', e.address));
    if (c.len > shown.length) cells.appendChild(cell('…', (c.len - shown.length) + ' more', null));
    if (c.unused) {
      const n = c.capacity - c.len;
      cells.appendChild(cell('unused', n + (n === 1 ? ' slot' : ' slots') + ', ' + c.unused.size + ' B',
        c.unused.address, 'unused'));
    }
  } else if (c.kind === 'box') {
    cells.appendChild(cell(c.value, c.valueType, b.address));
  } else if (c.kind === 'rc') {
    // An Rc's block (RcInner): the two counts, then the value (gone once the strong count is 0).
    const at = off => '0x' + (base + off).toString(16).padStart(8, '0');
    const weakRefs = c.strong > 0 ? c.weak - 1 : c.weak;
    cells.appendChild(cell(String(c.strong), 'strong', at(0)));
    cells.appendChild(cell(String(c.weak), 'weak (' + weakRefs + ' Weak' + (c.strong > 0 ? ' + 1' : '') + ')', at(8)));
    const v = (c.fields || []).find(f => f.name === 'value' || f.name.startsWith('value.'));
    cells.appendChild(cell(c.value, c.valueType, v ? at(v.offset) : null, c.strong > 0 ? null : 'unused'));
  } else {
    return null;
  }
  return cells;
}

/** The line under a block's header: its length and capacity, who owns it, why it was allocated. */
function ownerLine(b) {
  const line = el('div', 'owner');
  const c = b.contents || {};
  if (c.kind === 'string' || c.kind === 'vec') add(line, 'len ' + c.len + ' · cap ' + c.capacity + ' · ');
  const owners = b.owners || [];
  const weak = b.weakOwners || [];
  if (owners.length) {
    add(line, 'owned by ');
    owners.forEach((o, i) => add(line, i ? ', ' : '', el('b', null, o)));
  }
  if (weak.length) {
    add(line, (owners.length ? '; ' : '') + 'weakly held by ');
    weak.forEach((o, i) => add(line, i ? ', ' : '', el('b', null, o)));
  }
  if (!owners.length && !weak.length) add(line, 'no owner found');
  if (b.why) add(line, ' · ' + b.why + (b.allocatedLine ? ', line ' + b.allocatedLine : ''));
  return line;
}

/** A live heap block. */
function blockCard(b, snap, state, fresh) {
  const card = el('div', 'card block');
  card.dataset.block = b.address;
  card.dataset.size = String(b.size);
  const head = add(el('div', 'head'), el('span', 'addr', b.address), el('span', 'ty', b.type));
  if (fresh) add(head, badge('new', 'new', 'allocated since the previous snapshot'));
  add(head, el('span', 'where', bytesLabel(b.size)));
  // An Rc's block gives its layout (strong, weak, the value's fields), which labels its bytes.
  add(card, head, ownerLine(b), contentsView(b), bytesView(b.bytes, (b.contents || {}).fields || null));
  for (const p of b.pointers || []) card.appendChild(pointerRow(p, snap, state));
  return card;
}

/** A block freed since the previous snapshot: only where it was, faded. */
function freedCard(f) {
  const card = el('div', 'card block freed');
  card.dataset.freed = f.address;
  add(card, add(el('div', 'head'), el('span', 'addr', f.address), el('span', 'ty', f.type || ''),
    badge('freed', 'freed', 'freed since the previous snapshot'), el('span', 'where', bytesLabel(f.size))));
  return card;
}

/** The heap column: blocks by address (freed ones among them), then static data. */
function renderHeap(col, snap, state) {
  col.textContent = '';
  const heap = snap.heap || [];
  const changes = snap.changes || {};
  // On the first snapshot every block is new, so none is marked; blocks freed before it still show.
  const fresh = new Set(state.prev === null ? [] : changes.allocated || []);
  const total = heap.reduce((n, b) => n + b.size, 0);
  add(col, add(el('div', 'col-title'), el('h2', null, 'heap'),
    el('span', 'sub', heap.length + (heap.length === 1 ? ' live block, ' : ' live blocks, ') + bytesLabel(total))));
  const items = heap.map(b => ({ at: addr(b.address), node: () => blockCard(b, snap, state, fresh.has(b.address)) }))
    .concat((changes.freed || []).map(f => ({ at: addr(f.address), node: () => freedCard(f) })));
  items.sort((a, b) => a.at - b.at);
  if (items.length === 0) col.appendChild(el('div', 'empty', 'nothing on the heap'));
  for (const it of items) col.appendChild(it.node());
  const statics = snap.statics || [];
  if (statics.length) {
    const sec = add(el('div', 'section'), el('h2', null, 'static data'));
    for (const s of statics) {
      const card = el('div', 'card static');
      card.dataset.addr = s.address;
      card.dataset.size = String(s.size);
      add(card, add(el('div', 'head'), el('span', 'addr', s.address), el('span', 'text', JSON.stringify(s.text)),
        el('span', 'where', bytesLabel(s.size))));
      sec.appendChild(card);
    }
    col.appendChild(sec);
  }
}
