// arrows.js: one SVG path per pointer, from its dot to what it points at: the heap block (or the
// element or char at the pointer's offset), the stack local, or the static string. The SVG lies
// over the memory area; coordinates are relative to it, so arrows follow the page when it scrolls.

/** Finds the element a pointer's dot leads to; null when it is not on the page. */
function arrowTarget(mem, dot) {
  const d = dot.dataset;
  if (d.region === 'heap') {
    const block = mem.querySelector('.block[data-block="' + d.block + '"]');
    if (!block) return null;
    const inner = d.to !== d.block ? block.querySelector('.cell[data-addr="' + d.to + '"]') : null;
    return { box: block, row: inner };
  }
  if (d.region === 'stack') {
    const local = mem.querySelector('.local[data-frame="' + d.frame + '"][data-local="' + cssEscape(d.local) + '"]');
    return local ? { box: local, row: null } : null;
  }
  if (d.region === 'static') {
    const to = addr(d.to);
    for (const s of mem.querySelectorAll('.static')) {
      const at = addr(s.dataset.addr);
      const size = Number(s.dataset.size);
      if (to === at || (to > at && to < at + size)) return { box: s, row: null };
    }
  }
  return null;
}

/** Escapes a local's name for an attribute selector (names such as `(for iterator)` have parentheses). */
function cssEscape(s) {
  return String(s).replace(/["\\]/g, '\\$&');
}

/** Redraws every arrow of the memory area. */
function drawArrows(svg, mem) {
  svg.textContent = '';
  const ns = svg.namespaceURI;
  const origin = mem.getBoundingClientRect();
  svg.setAttribute('width', String(mem.scrollWidth));
  svg.setAttribute('height', String(mem.scrollHeight));
  const defs = document.createElementNS(ns, 'defs');
  svg.appendChild(defs);
  const heads = new Map();
  const headFor = colour => {
    if (!heads.has(colour)) {
      const id = 'head' + heads.size;
      const m = document.createElementNS(ns, 'marker');
      for (const [k, v] of [['id', id], ['viewBox', '0 0 10 10'], ['refX', '9'], ['refY', '5'],
        ['markerWidth', '7'], ['markerHeight', '7'], ['orient', 'auto-start-reverse']]) m.setAttribute(k, v);
      const tip = document.createElementNS(ns, 'path');
      tip.setAttribute('d', 'M0,0 L10,5 L0,10 z');
      tip.setAttribute('fill', colour);
      m.appendChild(tip);
      defs.appendChild(m);
      heads.set(colour, id);
    }
    return heads.get(colour);
  };
  for (const dot of mem.querySelectorAll('.dot[data-from]')) {
    const target = arrowTarget(mem, dot);
    if (!target) continue;
    const a = dot.getBoundingClientRect();
    const b = target.box.getBoundingClientRect();
    const r = target.row ? target.row.getBoundingClientRect() : null;
    const x1 = a.left + a.width / 2 - origin.left;
    const y1 = a.top + a.height / 2 - origin.top;
    const yT = (r ? r.top + r.height / 2 : b.top + Math.min(14, b.height / 2)) - origin.top;
    let d;
    let x2;
    if (b.left - origin.left > x1 + 12) {
      // Forward: from the stack to the heap; enter the target from the left.
      x2 = b.left - origin.left - 2;
      const dx = Math.max(24, (x2 - x1) / 2);
      d = `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${yT} ${x2},${yT}`;
    } else {
      // Same column or backwards: loop out to the right and enter the target from its right edge.
      x2 = b.right - origin.left + 2;
      const bulge = Math.max(x1, x2) + 26 + Math.min(40, Math.abs(y1 - yT) * 0.12);
      d = `M${x1},${y1} C${bulge},${y1} ${bulge},${yT} ${x2},${yT}`;
    }
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    path.setAttribute('class', 'arrow');
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', dot.dataset.colour);
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-opacity', '0.85');
    path.setAttribute('marker-end', 'url(#' + headFor(dot.dataset.colour) + ')');
    path.dataset.from = dot.dataset.from;
    path.dataset.to = dot.dataset.to;
    path.dataset.x1 = String(x1); path.dataset.y1 = String(y1);
    path.dataset.x2 = String(x2); path.dataset.y2 = String(yT);
    svg.appendChild(path);
  }
}

/** Hovering a pointer's row brings out its arrow and outlines what it points at. */
function wireHover(svg, mem) {
  for (const dot of mem.querySelectorAll('.dot[data-from]')) {
    const row = dot.parentElement;
    if (row.dataset.wired) continue;
    row.dataset.wired = 'yes';
    const toggle = on => {
      const path = svg.querySelector('path.arrow[data-from="' + dot.dataset.from + '"]');
      if (path) path.setAttribute('stroke-width', on ? '3.5' : '2');
      const target = arrowTarget(mem, dot);
      if (target) target.box.classList.toggle('target-hi', on);
      row.classList.toggle('hi', on);
    };
    row.addEventListener('mouseenter', () => toggle(true));
    row.addEventListener('mouseleave', () => toggle(false));
  }
}
