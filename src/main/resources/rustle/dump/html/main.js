// main.js: reads the embedded dump, builds the source once, renders the chosen snapshot and moves
// between snapshots with the buttons, the arrow keys, Home/End and the URL's #N.

/** Everything the page needs between renders. */
const viewer = { dump: null, index: 0 };

/** The label of a snapshot: position, name, line, hit, why it was taken. */
function renderLabel(label, snap, count) {
  label.textContent = '';
  add(label, el('span', 'ldim', 'snapshot ' + (snap.index + 1) + '/' + count + ' · '));
  if (snap.name) add(label, el('span', 'lname', '“' + snap.name + '”'), ' · ');
  add(label, 'line ' + snap.line, el('span', 'ldim', ' · hit ' + snap.hit));
  if (snap.reason && snap.reason !== 'marker') add(label, el('span', 'ldim', ' · ' + snap.reason));
}

/** Shows snapshot i (clamped to the run). */
function show(i) {
  const snaps = viewer.dump.snapshots;
  viewer.index = Math.max(0, Math.min(snaps.length - 1, i));
  const snap = snaps[viewer.index];
  const state = { pointers: 0, prev: viewer.index > 0 ? snaps[viewer.index - 1] : null };
  renderLabel(document.getElementById('label'), snap, snaps.length);
  markSource(document.getElementById('source'), snap);
  document.getElementById('stdout').textContent = snap.stdout || '';
  renderStack(document.getElementById('stack'), snap, state);
  renderHeap(document.getElementById('heap'), snap, state);
  document.getElementById('prev').disabled = viewer.index === 0;
  document.getElementById('next').disabled = viewer.index === snaps.length - 1;
  if (location.hash !== '#' + (viewer.index + 1)) history.replaceState(null, '', '#' + (viewer.index + 1));
  redraw();
}

/** Arrows depend on layout, so they are drawn after it and again whenever it changes. */
function redraw() {
  drawArrows(document.getElementById('arrows'), document.getElementById('mem'));
  wireHover(document.getElementById('arrows'), document.getElementById('mem'));
}

/** Replaces the page with a message when the dump cannot be shown. */
function fail(message) {
  const view = document.getElementById('view');
  view.textContent = '';
  view.appendChild(el('div', null)).id = 'error';
  document.getElementById('error').textContent = 'rustle: cannot show this memory dump: ' + message;
}

function start() {
  try {
    viewer.dump = JSON.parse(document.getElementById('dump').textContent);
  } catch (e) {
    fail('its JSON does not parse (' + e.message + ')');
    return;
  }
  const dump = viewer.dump;
  if (!dump || dump.format !== 'rustle-dump' || !Array.isArray(dump.snapshots)) {
    fail('it is not a rustle-dump document');
    return;
  }
  const program = dump.program || {};
  document.title = 'rustle memory · ' + (program.path || 'program');
  document.getElementById('path').textContent = (program.path || '') +
    (dump.skipped ? '  (' + dump.skipped + ' more snapshots skipped: --max-snapshots)' : '');
  buildSource(document.getElementById('source'), program.source || '');
  if (dump.snapshots.length === 0) {
    fail('the run took no snapshot (no // @dump marker or --break line was reached)');
    return;
  }
  document.getElementById('prev').addEventListener('click', () => show(viewer.index - 1));
  document.getElementById('next').addEventListener('click', () => show(viewer.index + 1));
  document.addEventListener('keydown', e => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const to = { ArrowLeft: viewer.index - 1, ArrowRight: viewer.index + 1, Home: 0,
      End: dump.snapshots.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    show(to);
  });
  window.addEventListener('resize', redraw);
  const wanted = () => parseInt(location.hash.slice(1), 10) - 1;
  window.addEventListener('hashchange', () => {
    if (!Number.isNaN(wanted()) && wanted() !== viewer.index) show(wanted());
  });
  show(Number.isNaN(wanted()) ? 0 : wanted());
}

start();
