// memory.js: the stack (frames and their locals) and the heap (live blocks, freed ones faded,
// static data) of one snapshot, as DOM. Every pointer gets a coloured dot that arrows.js joins
// to the element it points at.

/** At most this many bytes of one value are listed; the rest are counted. */
const BYTES_SHOWN = 64;

/** Shows a local's or a block's bytes, grouped by the layout's fields when the dump gives them. */
function bytesView(bytes, fields) {
  const list = byteList(bytes);
  // The dump ends a long value's bytes with ".." where it cut them.
  const cut = list.length > 0 && list[list.length - 1] === '..';
  if (cut) list.pop();
  const end = Math.min(list.length, BYTES_SHOWN);
  const box = el('div', 'bytes');
  // A group is at most eight bytes so that long values wrap; a field's label goes on its first group.
  const group = (from, to, label, pad) => {
    for (let i = from; i < Math.min(to, end); i += 8) {
      const g = el('span', 'grp' + (pad ? ' pad' : ''));
      if (label && i === from) add(g, label);
      add(g, el('span', 'hex', list.slice(i, Math.min(i + 8, to, end)).join(' ')));
      box.appendChild(g);
    }
  };
  let at = 0;
  const sorted = (fields || []).slice().sort((a, b) => a.offset - b.offset);
  for (const f of sorted) {
    if (f.offset > at) group(at, f.offset, null, false);
    const lab = el('span', 'lab');
    const pad = f.name === '(padding)';
    add(lab, pad ? 'padding' : f.name + ' ');
    if (!pad && f.value !== undefined && f.value !== null) add(lab, el('b', null, f.value));
    group(Math.max(at, f.offset), f.offset + f.size, lab, pad);
    at = Math.max(at, f.offset + f.size);
  }
  group(at, list.length, null, false);
  if (list.length > end || cut) {
    add(box, el('span', 'lab', '… ' + (cut ? 'more bytes' : list.length - end + ' more bytes')));
  }
  return box;
}

/** Words for where a pointer leads, in the dump's own terms. */
function targetText(p, snap) {
  const t = p.target || {};
  switch (t.region) {
    case 'heap': return 'heap ' + t.block + (t.offset ? ' + ' + t.offset : '');
    case 'stack': {
      if (t.local === undefined || t.local === null) return 'stack ' + p.to + ' (a temporary)';
      const f = (snap.frames || [])[t.frame];
      return (t.local || p.to) + (f ? ' in ' + f.function : '') + (t.offset ? ' + ' + t.offset : '');
    }
    case 'static': return 'static ' + p.to;
    case 'null': return 'null';
    case 'dangling': return 'dangling ' + p.to;
    default: return p.to;
  }
}

/** One row per pointer held in a local or block; the dot is where its arrow starts. */
function pointerRow(p, snap, state) {
  const row = el('div', 'ptr');
  const region = (p.target || {}).region;
  add(row, el('span', null, p.path + ' →'));
  const bad = region === 'dangling' || region === 'null';
  add(row, el('span', bad ? 'bad' : null, targetText(p, snap)));
  // A pointer into a compiler temporary has no local on the page to point at, so no arrow either.
  const unseen = region === 'stack' && (p.target.local === undefined || p.target.local === null);
  if (!bad && !unseen) {
    const dot = el('span', 'dot');
    const colour = ARROW_COLOURS[state.pointers++ % ARROW_COLOURS.length];
    dot.style.background = colour;
    dot.dataset.from = p.from;
    dot.dataset.to = p.to;
    dot.dataset.region = region;
    dot.dataset.colour = colour;
    const t = p.target;
    if (t.block) dot.dataset.block = t.block;
    if (t.frame !== undefined && t.frame !== null) dot.dataset.frame = String(t.frame);
    if (t.local !== undefined && t.local !== null) dot.dataset.local = t.local;
    add(row, dot);
  }
  return row;
}

/** A local of a frame: name, type, address, size, value (or its state), bytes and pointers. */
function localCard(l, fi, snap, state, changed) {
  const card = el('div', 'card local ' + l.state + (l.hidden ? ' hidden' : ''));
  card.dataset.frame = String(fi);
  card.dataset.local = l.name;
  card.dataset.addr = l.address;
  const head = add(el('div', 'head'), el('span', 'name', l.name), el('span', 'ty', l.type));
  if (l.hidden) {
    add(head, badge('hidden', 'compiler place', "a place the compiler made, such as a for loop's iterator"));
  }
  if (changed.has(fi + ':' + l.name)) {
    card.classList.add('changed');
    add(head, badge('changed', 'changed', 'its bytes changed since the previous snapshot'));
  }
  add(head, el('span', 'where', l.address + ' · ' + bytesLabel(l.size)));
  card.appendChild(head);
  if (l.state === 'live' || l.state === 'partially-moved') {
    const val = el('div', 'val', l.value);
    if (l.state === 'partially-moved') add(val, ' ', el('span', 'state', '(partially moved)'));
    card.appendChild(val);
  } else {
    card.appendChild(el('div', 'val state', '<' + l.state + '>'));
  }
  card.appendChild(bytesView(l.bytes, l.fields));
  for (const p of l.pointers || []) card.appendChild(pointerRow(p, snap, state));
  return card;
}

/** The stack column: frames from main (top) to the running function (bottom). */
function renderStack(col, snap, state) {
  col.textContent = '';
  const frames = snap.frames || [];
  // The first snapshot has nothing before it: every local would read "changed".
  const changed = new Set(state.prev === null ? [] :
    ((snap.changes || {}).changedLocals || []).map(c => c.frame + ':' + c.name));
  add(col, add(el('div', 'col-title'), el('h2', null, 'stack'),
    el('span', 'sub', frames.length + (frames.length === 1 ? ' frame' : ' frames') + ', main first')));
  const before = state.prev ? state.prev.frames || [] : null;
  frames.forEach((f, fi) => {
    const box = el('div', 'frame' + (fi === frames.length - 1 ? ' top' : ''));
    box.dataset.frame = String(fi);
    // In a frame pushed since the previous snapshot every local is new: one badge on the frame says
    // so better than a "changed" on each local.
    const pushed = before !== null && !before.some(b => b.address === f.address && b.function === f.function);
    const name = el('span', 'fn', f.function + '()');
    if (pushed) add(name, ' ', badge('new', 'new frame', 'pushed since the previous snapshot'));
    add(box, add(el('div', 'frame-head'), name,
      el('span', 'at', (f.callLine ? 'called at line ' + f.callLine + ' · ' : '') + 'frame ' + f.address)));
    const locals = f.locals || [];
    if (locals.length === 0) box.appendChild(el('div', 'empty', 'no locals'));
    for (const l of locals) box.appendChild(localCard(l, fi, snap, state, pushed ? new Set() : changed));
    col.appendChild(box);
  });
}
