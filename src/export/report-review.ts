// The review page: the pair report's script that lets a reviewer decide findings (accept, reject,
// edit) and correct links (confirm, merge, split, move a sentence, no counterpart), with undo and
// keyboard keys. Served by `silkalign review` it saves each choice at once through the server's
// API and shows the server's view; opened from disk it is read-only, keeps the choices in the page
// and downloads them as a decisions file. The data it starts from is a JSON block in the page.
import { CONFIDENT_SCORE } from '../scores.js';
import type { ReviewData } from './report-model.js';

/** The review data as an inert JSON block; `<`, `>`, `&` and line separators escaped so no text can end it. */
export function reviewDataBlock(data: ReviewData): string {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" id="review-data">${json}</script>`;
}

export const REVIEW_CSS = `
.review-tools { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding-top: 6px; border-top: 1px dashed var(--line); }
.review-tools button, .decide button, .decide input { font: inherit; font-size: 13px; border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 1px 8px; cursor: pointer; }
.review-tools button:disabled { opacity: .4; cursor: default; }
.review-tools .keys { color: var(--muted); font-size: 12px; }
#review-status { margin-left: auto; color: var(--muted); } #review-status.error { color: var(--error); font-weight: 600; }
p.explain { margin: 0 0 10px; max-width: 62em; color: var(--muted); }
p.explain.mode { color: var(--ink); background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; }
td.conf .alone { color: #8250df; font-size: 13px; font-weight: 600; }
td.conf .reviewed { color: #1a7f37; font-size: 13px; font-weight: 600; }
tr.reviewed td.num { border-left: 3px solid #1a7f37; }
tr.current td { background: #f0f6ff; }
.seg { border-radius: 3px; cursor: pointer; }
.seg.selected { background: #ddf4ff; outline: 2px solid var(--accent); }
.none { color: var(--muted); font-style: italic; font-size: 13px; }
mark.finding.decided-reject { background: none; border-color: var(--muted); text-decoration: line-through; color: var(--muted); }
mark.finding.decided-accept, mark.finding.decided-edit { background: #dafbe1; border-color: #1a7f37; }
table.list tr.decided-reject td { color: var(--muted); text-decoration: line-through; }
.decide { display: block; margin-top: 6px; } .decide .decision { margin-right: 8px; font-weight: 600; }
section.stale, section.changes { margin: 0 28px; }
ul.word-diff { padding-left: 18px; } ul.word-diff .where { color: var(--muted); font-size: 12px; margin-right: 6px; }
del { background: var(--error-bg); color: var(--error); } ins { background: #dafbe1; color: #1a7f37; text-decoration: none; }
`;

// Plain ES2017, no framework; the same keys and shapes as src/fix (alignment-decisions.ts, decisions.ts).
export const REVIEW_JS = `
(function () {
  'use strict';
  var block = document.getElementById('review-data');
  if (!block) return;
  var data = JSON.parse(block.textContent);
  var served = location.protocol === 'http:' || location.protocol === 'https:';
  var api = served ? '/' + location.pathname.split('/')[1] + '/api/report/' + encodeURIComponent(data.report) : '';
  var isPair = data.pair !== undefined;
  var tbody = document.querySelector('table.beads tbody');
  var collapse = function (s) { return s.replace(/\\s+/g, ' ').trim(); };
  var LOW = ${CONFIDENT_SCORE};

  // Sentences: their elements (moved between rows) and texts (what decisions are keyed by).
  var seg = { zh: {}, en: {} }, texts = { zh: [], en: [] };
  document.querySelectorAll('.seg[data-zh]').forEach(function (el) { seg.zh[el.dataset.zh] = el; texts.zh[+el.dataset.zh] = collapse(el.textContent); });
  document.querySelectorAll('.seg[data-en]').forEach(function (el) { seg.en[el.dataset.en] = el; texts.en[+el.dataset.en] = collapse(el.querySelector('.t').textContent); });
  var indices = function (s) { return s ? s.split(' ').map(Number) : []; };

  var state = { beads: [], findings: data.findings.map(function (f) { return f.decision || null; }) };
  if (isPair) tbody.querySelectorAll('tr').forEach(function (tr) {
    var d = tr.dataset.decision;
    state.beads.push({ zh: indices(tr.dataset.zh), en: indices(tr.dataset.en), score: tr.dataset.score === '' ? null : +tr.dataset.score,
      reviewed: d !== undefined, decision: d !== undefined && +d >= 0 ? data.decisions.alignment[+d] : null });
  });
  // Opened from disk: the decisions this page started from, and the reviewer's since.
  var decisions = { decisions: data.decisions.decisions.slice(), alignment: data.decisions.alignment.slice() };
  var history = [];
  var historyKey = 'silkalign-review:' + location.pathname;
  if (served) try { history = JSON.parse(sessionStorage.getItem(historyKey) || '[]'); } catch (e) { history = []; }
  var current = { row: -1, finding: -1 }, selection = { row: -1, zh: null, en: null }, cursor = null;

  // Keys, as src/fix records them.
  function occurrences(all, run) {
    var n = 0;
    for (var k = 0; k + run.length <= all.length; k++) {
      var m = 0;
      while (m < run.length && all[k + m] === run[m]) m++;
      if (m === run.length) n++;
    }
    return n;
  }
  function alignmentDecision(b) {
    var d = { pair: data.pair, zh: b.zh.map(function (i) { return texts.zh[i]; }), en: b.en.map(function (i) { return texts.en[i]; }) };
    ['zh', 'en'].forEach(function (side) {
      var run = b[side];
      if (run.length && occurrences(texts[side], d[side]) > 1) d[side + 'Before'] = run[0] > 0 ? texts[side][run[0] - 1] : '';
    });
    d.decision = b.zh.length && b.en.length ? 'link' : 'unmatched';
    return d;
  }
  var alignKey = function (d) { return JSON.stringify([d.pair, d.decision, d.zh.map(collapse), d.en.map(collapse), d.zhBefore === undefined ? null : collapse(d.zhBefore), d.enBefore === undefined ? null : collapse(d.enBefore)]); };
  var findingKey = function (d) { return [d.rule, d.text, d.before || '', d.after || ''].join('\\u0000'); };

  // Beads with text on both sides are links; a side alone is one bead per sentence.
  function make(zh, en) {
    if (zh.length && en.length) return [{ zh: zh, en: en }];
    return zh.map(function (i) { return { zh: [i], en: [] }; }).concat(en.map(function (j) { return { zh: [], en: [j] }; }));
  }

  // ---- Saving: through the server, or in the page -------------------------------------------
  function send(change, localNext) {
    if (served) {
      return fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(change) })
        .then(function (r) { return r.ok ? r.json() : r.text().then(function (t) { throw new Error(t || r.statusText); }); })
        .then(setView);
    }
    decisions.alignment = decisions.alignment.filter(function (d) { return !change.remove.alignment.some(function (x) { return alignKey(x) === alignKey(d); }); })
      .concat(change.add.alignment.filter(function (d) { return !decisions.alignment.some(function (x) { return alignKey(x) === alignKey(d); }); }));
    decisions.decisions = decisions.decisions.filter(function (d) { return !change.remove.decisions.concat(change.add.decisions).some(function (x) { return findingKey(x) === findingKey(d); }); })
      .concat(change.add.decisions);
    state = localNext;
    render();
    return Promise.resolve();
  }
  function commit(change, next, label) {
    var before = { beads: state.beads, findings: state.findings };
    send(change, next).then(function () {
      history.push(served ? { change: change, label: label } : { change: change, label: label, before: before });
      keep();
      status((served ? 'Saved: ' : 'Kept in this page: ') + label);
    }, function (err) { status('Not saved: ' + err.message, true); });
  }
  function undo() {
    var h = history.pop();
    if (!h) return status('Nothing to undo');
    send({ add: h.change.remove, remove: h.change.add }, h.before).then(function () { keep(); status('Undone: ' + h.label); },
      function (err) { history.push(h); status('Not undone: ' + err.message, true); });
  }
  function keep() {
    if (served) try { sessionStorage.setItem(historyKey, JSON.stringify(history)); } catch (e) { /* private mode: undo lasts the page */ }
    var u = document.querySelector('[data-act="undo"]');
    if (u) u.disabled = history.length === 0;
  }
  function setView(view) {
    state = { beads: isPair ? view.beads : [], findings: view.findings };
    render();
  }
  function status(text, error) {
    var el = document.getElementById('review-status');
    el.textContent = text;
    el.classList.toggle('error', !!error);
  }
  var none = { decisions: [], alignment: [] };

  // ---- Alignment actions: beads from..to replaced by new ones, all reviewed ------------------
  function replace(from, to, beads, label) {
    var added = beads.map(alignmentDecision);
    var removed = state.beads.slice(from, to).filter(function (b) { return b.decision; }).map(function (b) { return b.decision; });
    var next = state.beads.slice(0, from).concat(beads.map(function (b, k) { return { zh: b.zh, en: b.en, score: 1, reviewed: true, decision: added[k] }; }), state.beads.slice(to));
    selection = { row: -1, zh: null, en: null };
    current.row = from;
    commit({ add: { decisions: [], alignment: added }, remove: { decisions: [], alignment: removed } }, { beads: next, findings: state.findings }, label);
  }
  function selected() {
    if (selection.row !== current.row || current.row < 0) return null;
    var side = selection.zh !== null && selection.en === null ? 'zh' : selection.en !== null && selection.zh === null ? 'en' : null;
    return side ? { side: side, index: selection[side] } : null;
  }
  var actions = {
    confirm: function (r, b) { return !b.reviewed && function () { replace(r, r + 1, [{ zh: b.zh, en: b.en }], 'link ' + (r + 1) + ' confirmed'); }; },
    merge: function (r, b) {
      var n = state.beads[r + 1];
      return n && function () { replace(r, r + 2, make(b.zh.concat(n.zh), b.en.concat(n.en)), 'beads ' + (r + 1) + ' and ' + (r + 2) + ' merged'); };
    },
    split: function (r, b) {
      if (selection.row !== r || (selection.zh === null && selection.en === null)) return null;
      var cz = selection.zh === null ? b.zh.length : b.zh.indexOf(selection.zh), ce = selection.en === null ? b.en.length : b.en.indexOf(selection.en);
      var first = make(b.zh.slice(0, cz), b.en.slice(0, ce)), second = make(b.zh.slice(cz), b.en.slice(ce));
      return first.length && second.length && function () { replace(r, r + 1, first.concat(second), 'bead ' + (r + 1) + ' split'); };
    },
    up: function (r, b) {
      var s = selected(), p = state.beads[r - 1];
      if (!s || !p || b[s.side][0] !== s.index) return null;
      return function () { moveTo(r - 1, r, s, true); };
    },
    down: function (r, b) {
      var s = selected(), n = state.beads[r + 1];
      if (!s || !n || b[s.side][b[s.side].length - 1] !== s.index) return null;
      return function () { moveTo(r, r + 1, s, false); };
    },
    alone: function (r, b) {
      var s = selected();
      if (!s) return null;
      var list = b[s.side], other = s.side === 'zh' ? 'en' : 'zh';
      var first = list[0] === s.index, last = list[list.length - 1] === s.index;
      if (!first && !last) return null;
      if (b.reviewed && list.length === 1 && b[other].length === 0) return null;
      var single = make(s.side === 'zh' ? [s.index] : [], s.side === 'en' ? [s.index] : []);
      var restSide = list.filter(function (i) { return i !== s.index; });
      var rest = make(s.side === 'zh' ? restSide : b.zh, s.side === 'en' ? restSide : b.en);
      return function () { replace(r, r + 1, first ? single.concat(rest) : rest.concat(single), (s.side === 'zh' ? 'Chinese' : 'English') + ' sentence without counterpart'); };
    },
    unlink: function (r, b) { return b.zh.length && b.en.length && function () { replace(r, r + 1, make(b.zh, []).concat(make([], b.en)), 'link ' + (r + 1) + ' rejected'); }; },
    clear: function (r, b) {
      if (!b.decision) return null;
      return function () {
        var next = state.beads.slice();
        next[r] = { zh: b.zh, en: b.en, score: b.score, reviewed: false, decision: null };
        commit({ add: none, remove: { decisions: [], alignment: [b.decision] } }, { beads: next, findings: state.findings }, 'review of bead ' + (r + 1) + ' cleared');
      };
    },
  };
  function moveTo(a, bIndex, s, toPrevious) {
    var A = state.beads[a], B = state.beads[bIndex], side = s.side;
    var na = { zh: A.zh.slice(), en: A.en.slice() }, nb = { zh: B.zh.slice(), en: B.en.slice() };
    if (toPrevious) { na[side].push(s.index); nb[side].shift(); } else { na[side].pop(); nb[side].unshift(s.index); }
    replace(a, bIndex + 1, make(na.zh, na.en).concat(make(nb.zh, nb.en)), 'sentence moved to bead ' + (toPrevious ? a + 1 : bIndex + 1));
  }
  function act(name) {
    if (name === 'undo') return undo();
    if (name === 'download') return download();
    var b = state.beads[current.row];
    var run = b && actions[name] && actions[name](current.row, b);
    if (run) run();
    else status(b ? 'Not possible here: select a sentence (click it) or another bead' : 'Choose a bead first: click it, or press j', true);
  }

  // ---- Finding decisions ---------------------------------------------------------------------
  function keyOf(g) { var i = data.findings[g]; return findingKey({ rule: i.rule, text: i.text, before: i.key.before, after: i.key.after }); }
  function decide(f, kind, replacement) {
    var info = data.findings[f], old = state.findings[f];
    var entry = kind ? { rule: info.rule, text: info.text, before: info.key.before, after: info.key.after, decision: kind } : null;
    if (entry && kind === 'edit') entry.replacement = replacement;
    if (entry && kind === 'accept' && info.proposal !== undefined) entry.replacement = info.proposal;
    // An older decision under the same key is replaced; one under a shorter key stays (the longer key wins), unless cleared.
    var removed = old && (!entry || findingKey(old) === findingKey(entry)) ? [old] : [];
    var next = state.findings.map(function (d, g) {
      if (entry && keyOf(g) === findingKey(entry)) return entry;
      return removed.length && d && findingKey(d) === findingKey(removed[0]) ? null : d;
    });
    current.finding = f;
    commit({ add: { decisions: entry ? [entry] : [], alignment: [] }, remove: { decisions: removed, alignment: [] } }, { beads: state.beads, findings: next },
      '“' + info.text + '” ' + (kind ? kind + 'ed' : 'decision cleared'));
  }
  function describe(d) {
    if (!d) return 'Not decided';
    if (d.decision === 'reject') return 'Rejected';
    return (d.decision === 'edit' ? 'Edited: ' : 'Accepted') + (d.replacement !== undefined ? (d.decision === 'edit' ? '' : ': ') + '“' + d.replacement + '”' : '');
  }

  // ---- Rendering -----------------------------------------------------------------------------
  function cell(cls, text) { var td = document.createElement('td'); td.className = cls; if (text !== undefined) td.textContent = text; return td; }
  function noCounterpart(text) { var s = document.createElement('span'); s.className = 'none'; s.textContent = text; return s; }
  function confidence(b, kind) {
    var td = cell('conf');
    var span = document.createElement(b.reviewed || kind !== 'link' || b.score === null ? 'span' : 'div');
    if (b.reviewed) { span.className = 'reviewed'; span.textContent = '✓ reviewed'; span.title = 'confirmed or corrected by a reviewer'; }
    else if (kind !== 'link') { span.className = 'alone'; span.textContent = 'no counterpart'; }
    else if (b.score !== null) {
      span.className = 'score ' + (b.score < LOW ? 'low' : b.score < 0.75 ? 'mid' : 'high');
      span.title = 'alignment confidence';
      var bar = document.createElement('span'), fill = document.createElement('i');
      bar.className = 'bar'; fill.style.width = Math.round(b.score * 100) + '%';
      bar.appendChild(fill); span.appendChild(bar); span.appendChild(document.createTextNode(b.score.toFixed(2)));
    }
    td.appendChild(span);
    return td;
  }
  function renderBeads() {
    var rows = document.createDocumentFragment();
    state.beads.forEach(function (b, i) {
      var kind = !b.zh.length ? 'en-only' : !b.en.length ? 'zh-only' : 'link';
      var tr = document.createElement('tr');
      tr.className = kind + (b.reviewed ? ' reviewed' : '');
      tr.dataset.bead = i; tr.dataset.zh = b.zh.join(' '); tr.dataset.en = b.en.join(' '); tr.dataset.score = b.score === null ? '' : String(b.score);
      var zh = cell('zh'), en = cell('en');
      zh.lang = 'zh-CN';
      b.zh.forEach(function (k) { zh.appendChild(seg.zh[k]); });
      if (!b.zh.length) zh.appendChild(noCounterpart('no Chinese counterpart'));
      b.en.forEach(function (k, m) { if (m) en.appendChild(document.createTextNode(' ')); en.appendChild(seg.en[k]); });
      if (!b.en.length) en.appendChild(noCounterpart('no English counterpart'));
      [cell('num', String(i + 1)), confidence(b, kind), zh, en].forEach(function (td) { tr.appendChild(td); });
      rows.appendChild(tr);
    });
    tbody.textContent = '';
    tbody.appendChild(rows);
  }
  function render() {
    if (isPair) renderBeads();
    data.findings.forEach(function (info, f) {
      var d = state.findings[f];
      document.querySelectorAll('[data-finding="' + f + '"]').forEach(function (el) {
        el.classList.remove('decided-accept', 'decided-edit', 'decided-reject');
        if (d) el.classList.add('decided-' + d.decision);
      });
      var line = document.querySelector('#note-' + f + ' .decision');
      if (line) line.textContent = describe(d);
    });
    highlight();
    var box = document.querySelector('nav.filters input');
    if (box) box.dispatchEvent(new Event('change'));
  }
  /** The current row and the selected sentences, without rebuilding anything. */
  function highlight() {
    document.querySelectorAll('.seg.selected').forEach(function (el) { el.classList.remove('selected'); });
    if (selection.row >= 0) ['zh', 'en'].forEach(function (side) { if (selection[side] !== null) seg[side][selection[side]].classList.add('selected'); });
    if (isPair) Array.prototype.forEach.call(tbody.children, function (tr, i) { tr.classList.toggle('current', i === current.row); });
    tools();
  }
  function tools() {
    var b = state.beads[current.row];
    document.querySelectorAll('.review-tools [data-act]').forEach(function (btn) {
      var name = btn.dataset.act;
      if (actions[name]) btn.disabled = !(b && actions[name](current.row, b));
    });
    keep();
  }

  // ---- The page's controls -------------------------------------------------------------------
  function button(act, text, title) {
    var btn = document.createElement('button');
    btn.type = 'button'; btn.dataset.act = act; btn.textContent = text; btn.title = title;
    return btn;
  }
  var bar = document.createElement('div');
  bar.className = 'review-tools'; bar.setAttribute('role', 'toolbar'); bar.setAttribute('aria-label', 'review');
  if (isPair) [
    ['confirm', '✓ Confirm link', 'The link is right (a)'], ['merge', 'Merge with next', 'Join this bead and the next (m)'],
    ['split', 'Split', 'Start a new bead at the selected sentence(s) (s)'], ['up', 'Move ↑', 'Move the selected sentence to the bead above'],
    ['down', 'Move ↓', 'Move the selected sentence to the bead below'], ['alone', 'No counterpart', 'The selected sentence has no counterpart (x)'],
    ['unlink', 'Reject link', 'None of these sentences is linked (r)'], ['clear', 'Clear review', 'Forget the review of this bead: the aligner decides again'],
  ].forEach(function (b) { bar.appendChild(button(b[0], b[1], b[2])); });
  bar.appendChild(button('undo', 'Undo', 'Undo the last choice (u)'));
  if (!served) bar.appendChild(button('download', 'Download decisions', 'Save the choices as a decisions file'));
  var keys = document.createElement('span');
  keys.className = 'keys';
  keys.textContent = 'keys: j/k next/previous to review · a accept · r reject · e edit' + (isPair ? ' · m merge · s split · x no counterpart' : '') + ' · u undo';
  bar.appendChild(keys);
  var statusEl = document.createElement('span');
  statusEl.id = 'review-status'; statusEl.setAttribute('role', 'status');
  bar.appendChild(statusEl);
  (document.querySelector('nav.filters') || document.body).appendChild(bar);
  var mode = document.createElement('p');
  mode.className = 'explain mode';
  mode.textContent = served
    ? 'Review: every choice is saved at once to the decisions file, which the next silkalign run applies. Click a sentence to select it; u undoes.'
    : 'Opened from disk: read-only. Your choices stay in this page; “Download decisions” saves them with the decisions this report started from as decisions.json: put it beside the corpus (merge by hand if the corpus has one) or give it to silkalign run --decisions FILE.';
  document.querySelector('header.summary h1').insertAdjacentElement('afterend', mode);
  document.querySelectorAll('.note').forEach(function (note) {
    var f = +note.id.slice(5), info = data.findings[f];
    if (!info) return;
    var box = document.createElement('span');
    box.className = 'decide';
    var line = document.createElement('span');
    line.className = 'decision';
    box.appendChild(line);
    [['accept', 'Accept'], ['reject', 'Reject'], ['edit', 'Edit…'], ['clear', 'Clear']].forEach(function (b) {
      var btn = document.createElement('button');
      btn.type = 'button'; btn.textContent = b[1]; btn.dataset.decide = b[0]; btn.dataset.for = f;
      box.appendChild(btn);
    });
    note.appendChild(box);
  });
  function editFinding(f) {
    var note = document.getElementById('note-' + f);
    if (!note) return;
    note.hidden = false;
    var box = note.querySelector('.decide'), input = box.querySelector('input');
    if (!input) {
      input = document.createElement('input');
      input.type = 'text'; input.size = 30; input.setAttribute('aria-label', 'replacement');
      var save = document.createElement('button');
      save.type = 'button'; save.textContent = 'Save edit'; save.dataset.decide = 'save'; save.dataset.for = f;
      box.appendChild(input); box.appendChild(save);
    }
    var d = state.findings[f];
    input.value = d && d.replacement !== undefined ? d.replacement : data.findings[f].proposal || data.findings[f].text;
    input.focus();
  }
  function download() {
    var sorted = decisions.decisions.slice().sort(function (a, b) { var x = findingKey(a), y = findingKey(b); return x < y ? -1 : x > y ? 1 : 0; });
    var file = { version: 1, decisions: sorted, alignment: decisions.alignment };
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + '\\n'], { type: 'application/json' }));
    a.download = 'decisions.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    status('Downloaded decisions.json (' + sorted.length + ' finding and ' + file.alignment.length + ' alignment decisions)');
  }

  // ---- Pointer and keys ----------------------------------------------------------------------
  function rowOf(el) { var tr = el.closest('table.beads tbody tr'); return tr ? Array.prototype.indexOf.call(tbody.children, tr) : -1; }
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t.closest) return;
    var decideBtn = t.closest('[data-decide]');
    if (decideBtn) {
      var f = +decideBtn.dataset.for, kind = decideBtn.dataset.decide;
      if (kind === 'edit') return editFinding(f);
      if (kind === 'save') return decide(f, 'edit', decideBtn.previousElementSibling.value);
      return decide(f, kind === 'clear' ? null : kind);
    }
    var tool = t.closest('.review-tools [data-act]');
    if (tool) return act(tool.dataset.act);
    var mark = t.closest('mark.finding, .row-findings button');
    if (mark) {
      current = { row: isPair ? rowOf(mark) : -1, finding: +mark.dataset.finding };
      cursor = mark;
      return highlight();
    }
    if (!isPair || t.closest('.note, button, input')) return;
    var r = rowOf(t);
    if (r < 0) return;
    var s = t.closest('.seg');
    if (s) {
      var side = s.dataset.zh !== undefined ? 'zh' : 'en', index = +(s.dataset.zh !== undefined ? s.dataset.zh : s.dataset.en);
      if (selection.row !== r) selection = { row: r, zh: null, en: null };
      selection[side] = selection[side] === index ? null : index;
    }
    current = { row: r, finding: -1 };
    cursor = tbody.children[r];
    highlight();
  });
  function items() {
    var out = [];
    tbody.querySelectorAll('tr').forEach(function (tr, i) {
      var b = state.beads[i];
      if (b && !b.reviewed && b.zh.length && b.en.length && b.score !== null && b.score < LOW) out.push({ el: tr, row: i, finding: -1 });
      tr.querySelectorAll('mark.finding, .row-findings button').forEach(function (m) {
        var f = +m.dataset.finding;
        if (!state.findings[f] && !m.classList.contains('filtered')) out.push({ el: m, row: i, finding: f });
      });
    });
    return out;
  }
  function go(step) {
    var list = items();
    if (!list.length) return status('Nothing left to review: no undecided finding, no unreviewed low-confidence link');
    // Rows are rebuilt after each change: then the cursor is the current row's new element.
    if (cursor && !document.contains(cursor)) cursor = isPair && current.row >= 0 ? tbody.children[current.row] || null : null;
    var p = cursor ? list.length : step > 0 ? 0 : list.length;
    if (cursor) for (var k = 0; k < list.length; k++) {
      if (list[k].el === cursor || cursor.compareDocumentPosition(list[k].el) & Node.DOCUMENT_POSITION_FOLLOWING) { p = k; break; }
    }
    var target = step > 0 ? (list[p] && list[p].el === cursor ? p + 1 : p) : p - 1;
    var it = list[(target + list.length) % list.length];
    cursor = it.el;
    current = { row: isPair ? it.row : -1, finding: it.finding };
    if (selection.row !== current.row) selection = { row: -1, zh: null, en: null };
    highlight();
    document.querySelectorAll('.note').forEach(function (n) { n.hidden = true; });
    if (it.finding >= 0) { var note = document.getElementById('note-' + it.finding); if (note) note.hidden = false; it.el.focus(); }
    it.el.scrollIntoView({ block: 'center' });
    status(it.finding >= 0 ? 'Finding: a accept · r reject · e edit' : 'Low-confidence link: a confirm · r reject · m merge');
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target.matches && e.target.matches('input, textarea, select'))) return;
    var f = current.finding;
    var key = { j: 'next', k: 'previous', a: 'accept', r: 'reject', e: 'edit', m: 'merge', s: 'split', x: 'alone', u: 'undo' }[e.key];
    if (!key) return;
    e.preventDefault();
    if (key === 'next' || key === 'previous') return go(key === 'next' ? 1 : -1);
    if (key === 'undo') return undo();
    if (f >= 0 && (key === 'accept' || key === 'reject' || key === 'edit')) return key === 'edit' ? editFinding(f) : decide(f, key);
    if (!isPair) return status('Choose a finding first: press j', true);
    act({ accept: 'confirm', reject: 'unlink', merge: 'merge', split: 'split', alone: 'alone' }[key] || key);
  });

  if (served) fetch(api).then(function (r) { if (!r.ok) throw new Error(r.statusText); return r.json(); }).then(function (view) { setView(view); status('Connected: choices are saved to the decisions file'); },
    function (err) { status('Cannot reach the review server (' + err.message + '): choices will not be saved', true); });
  else render();
})();
`;
