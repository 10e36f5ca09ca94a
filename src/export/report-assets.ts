// The review report's inline style sheet and script: the report is one file that works opened
// from disk, with no network access (its Content-Security-Policy forbids any).
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --accent: #0969da;
  --error: #cf222e; --error-bg: #ffebe9; --warning: #9a6700; --warning-bg: #fff8c5; --info: #0550ae; --info-bg: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); background: #fff; }
header.summary { padding: 20px 28px 12px; background: var(--bg); border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 10px; word-break: break-word; }
h2 { font-size: 17px; margin: 28px 28px 10px; }
.facts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; }
.fact { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
.fact dt { font-size: 12px; color: var(--muted); }
.fact dd { margin: 0; font-weight: 600; word-break: break-word; }
nav.filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center;
  padding: 10px 28px; background: rgba(255,255,255,.97); border-bottom: 1px solid var(--line); font-size: 14px; }
nav.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
nav.filters legend { float: left; font-weight: 600; margin-right: 6px; color: var(--muted); }
nav.filters label { white-space: nowrap; cursor: pointer; }
nav.filters .count { color: var(--muted); font-variant-numeric: tabular-nums; }
#shown { margin-left: auto; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
table.beads { table-layout: fixed; }
table.beads th, table.beads td { border-bottom: 1px solid var(--line); padding: 8px 10px; vertical-align: top; text-align: left; }
table.beads thead th { background: var(--bg); font-size: 13px; color: var(--muted); }
table.beads col.c-num { width: 5.5em; } table.beads col.c-score { width: 7em; }
td.num { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
td.zh { font-size: 16px; }
td.zh, td.en { white-space: pre-wrap; word-break: break-word; }
tr.zh-only td.en, tr.en-only td.zh { background: repeating-linear-gradient(135deg, #fafbfc, #fafbfc 6px, #f0f2f4 6px, #f0f2f4 12px); color: var(--muted); font-style: italic; font-size: 13px; }
tr.zh-only td.num::after, tr.en-only td.num::after { content: "unmatched"; display: block; color: #8250df; font-weight: 600; }
.score { display: flex; align-items: center; gap: 6px; font-variant-numeric: tabular-nums; font-size: 13px; }
.bar { flex: 0 0 44px; height: 6px; background: #eaeef2; border-radius: 3px; overflow: hidden; }
.bar i { display: block; height: 100%; background: #1a7f37; }
.low .bar i { background: var(--error); } .mid .bar i { background: #bf8700; }
mark.finding { background: none; color: inherit; border-bottom: 2px solid; cursor: pointer; border-radius: 2px; padding: 0 1px; }
mark.finding.error { background: var(--error-bg); border-color: var(--error); }
mark.finding.warning { background: var(--warning-bg); border-color: #d4a72c; }
mark.finding.info { background: var(--info-bg); border-color: #54aeff; }
mark.finding:focus { outline: 2px solid var(--accent); }
mark.finding.filtered { background: none; border-color: transparent; cursor: text; }
.row-findings { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 4px; }
.row-findings button { font: inherit; font-size: 12px; border: 1px solid var(--line); background: #fff; border-radius: 10px; padding: 0 8px; cursor: pointer; }
.row-findings button.filtered { display: none; }
.note { display: block; white-space: normal; margin-top: 8px; padding: 8px 10px; border-left: 4px solid; border-radius: 4px; background: #fff; box-shadow: 0 1px 3px rgba(31,35,40,.15); font-size: 14px; font-style: normal; }
.note.error { border-color: var(--error); } .note.warning { border-color: #d4a72c; } .note.info { border-color: #54aeff; }
.note[hidden] { display: none; }
.note .message, .note .suggestion { display: block; }
.note .rule { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; color: var(--muted); }
.note .suggestion { margin-top: 4px; } .note .suggestion b { color: #1a7f37; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 0 6px; border-radius: 8px; margin-right: 6px; }
.sev.error { background: var(--error-bg); color: var(--error); } .sev.warning { background: var(--warning-bg); color: var(--warning); } .sev.info { background: var(--info-bg); color: var(--info); }
tr.hidden, tr.filtered { display: none; }
section.findings { margin-bottom: 40px; }
table.list { margin: 0 28px; width: calc(100% - 56px); font-size: 14px; }
table.list th, table.list td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
table.list th { background: var(--bg); font-size: 13px; color: var(--muted); }
table.list td.where { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.list code { font-size: 13px; }
p.empty { margin: 0 28px; color: var(--muted); }
`;

// Plain ES2017, no framework. Filters keep findings whose severity AND rule are ticked.
export const REPORT_JS = `
(function () {
  var boxes = document.querySelectorAll('nav.filters input');
  function ticked(name) {
    var on = {};
    document.querySelectorAll('nav.filters input[name="' + name + '"]').forEach(function (b) { if (b.checked) on[b.value] = true; });
    return on;
  }
  function apply() {
    var sev = ticked('severity'), rule = ticked('rule');
    var only = document.getElementById('only-findings');
    var shown = 0, total = 0;
    document.querySelectorAll('[data-finding]').forEach(function (el) {
      var on = !!(sev[el.dataset.severity] && rule[el.dataset.rule]);
      el.classList.toggle('filtered', !on);
      if (!on && el.tagName !== 'TR') {
        var note = document.getElementById('note-' + el.dataset.finding);
        if (note) note.hidden = true;
      }
      if (el.tagName === 'TR') { total++; if (on) shown++; }
    });
    document.querySelectorAll('table.beads tbody tr').forEach(function (tr) {
      tr.classList.toggle('hidden', !!(only && only.checked) && !tr.querySelector('[data-finding]:not(.filtered)'));
    });
    var out = document.getElementById('shown');
    if (out) out.textContent = shown + ' of ' + total + ' findings shown';
  }
  function toggle(id) {
    var note = document.getElementById('note-' + id);
    if (!note) return;
    note.hidden = !note.hidden;
    document.querySelectorAll('[data-finding="' + id + '"][aria-expanded]').forEach(function (m) { m.setAttribute('aria-expanded', String(!note.hidden)); });
  }
  document.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('mark.finding, .row-findings button') : null;
    if (el && !el.classList.contains('filtered')) toggle(el.dataset.finding);
  });
  document.addEventListener('keydown', function (e) {
    var el = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && el.matches && el.matches('mark.finding')) { e.preventDefault(); toggle(el.dataset.finding); }
  });
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
`;
