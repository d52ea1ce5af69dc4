// source.js: the program's source with a minimal Rust tokenizer (comments, `// @dump` markers,
// strings, keywords, numbers) and the current line of each frame marked.

const RUST_KEYWORDS = new Set(('as break const continue crate else enum extern false fn for if impl in let loop ' +
  'match mod move mut pub ref return self Self static struct super trait true type unsafe use where while dyn')
  .split(' '));

/** Appends the tokens of one source line to a container, each in a span with its class. */
function highlightLine(container, text) {
  // Groups: 1 comment, 2 string, 3 char, 4 word, 5 number.
  const re = /(\/\/.*$)|("(?:\\.|[^"\\])*"?)|('(?:\\.|[^'\\])')|\b([A-Za-z_][A-Za-z0-9_]*)\b|\b(\d[\d_]*(?:\.\d+)?(?:[iu](?:8|16|32|64|128|size)|f32|f64)?)\b/g;
  let last = 0;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) add(container, text.slice(last, m.index));
    if (m[1] !== undefined) {
      const marker = m[1].search(/@dump\b/);
      if (marker < 0) {
        add(container, el('span', 'tok-com', m[1]));
      } else {
        const com = el('span', 'tok-com', m[1].slice(0, marker));
        add(com, el('span', 'tok-mark', m[1].slice(marker)));
        add(container, com);
      }
    } else if (m[2] !== undefined || m[3] !== undefined) {
      add(container, el('span', 'tok-str', m[0]));
    } else if (m[4] !== undefined) {
      add(container, RUST_KEYWORDS.has(m[4]) ? el('span', 'tok-kw', m[4]) : m[4]);
    } else {
      add(container, el('span', 'tok-num', m[0]));
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) add(container, text.slice(last));
}

/** Builds the source panel once; lines are looked up by number when the snapshot changes. */
function buildSource(pre, source) {
  pre.textContent = '';
  const lines = source.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  lines.forEach((text, i) => {
    const row = el('div', 'line');
    row.dataset.line = String(i + 1);
    const txt = el('span', 'txt');
    highlightLine(txt, text);
    if (text === '') add(txt, ' ');
    add(row, el('span', 'no', i + 1), txt);
    pre.appendChild(row);
  });
}

/** Marks the snapshot's line as current and the callers' lines as such; scrolls the current one into view. */
function markSource(pre, snap) {
  for (const old of pre.querySelectorAll('.line.current, .line.caller')) {
    old.classList.remove('current', 'caller');
    old.removeAttribute('title');
  }
  const frames = snap.frames || [];
  frames.forEach((f, i) => {
    const row = pre.querySelector('.line[data-line="' + f.line + '"]');
    if (row && i < frames.length - 1) {
      row.classList.add('caller');
      row.title = 'waiting in ' + f.function;
    }
  });
  const cur = pre.querySelector('.line[data-line="' + snap.line + '"]');
  if (!cur) return;
  cur.classList.remove('caller');
  cur.classList.add('current');
  const panel = pre.closest('#code');
  const top = cur.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  if (top < panel.scrollTop + 30 || top > panel.scrollTop + panel.clientHeight * 0.6) {
    panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
  }
}
