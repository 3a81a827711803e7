/** The console's one stylesheet: screen at 1280×800 first, then @media print. */
export const consoleCss = String.raw`
:root {
  --ink: #1f2937; --muted: #5f6672; --line: #e5e7eb; --bg: #f5f6f8; --panel: #fff;
  --primary: #1d4ed8; --primary-ink: #fff;
  --pass: #15803d; --pass-bg: #dcfce7; --fail: #b91c1c; --fail-bg: #fee2e2;
  --unknown: #b45309; --unknown-bg: #fef3c7;
  --ev-identity: #bfdbfe; --ev-comprehension: #ddd6fe; --ev-script: #fde68a; --ev-consent: #bbf7d0;
  --playing: #eff6ff;
}
* { box-sizing: border-box; }
html { font-size: 14px; }
body {
  margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
    "WenQuanYi Micro Hei", "Source Han Sans SC", system-ui, sans-serif;
}
a { color: var(--primary); }
h1 { font-size: 1.45rem; margin: 0 0 12px; }
h2 { font-size: 1.1rem; margin: 0 0 8px; }
h3 { font-size: 1rem; margin: 12px 0 6px; }
small, .muted { color: var(--muted); font-weight: normal; }
kbd {
  display: inline-block; min-width: 1.4em; padding: 0 4px; border: 1px solid #cbd5e1;
  border-bottom-width: 2px; border-radius: 4px; background: #f8fafc; font: 12px/1.4 ui-monospace, monospace;
  text-align: center; color: var(--ink);
}
[hidden] { display: none !important; }

/* Frame */
.topbar {
  display: flex; align-items: center; gap: 24px; height: 48px; padding: 0 24px;
  background: #0f172a; color: #e2e8f0;
}
.brand { color: #fff; font-weight: 600; text-decoration: none; font-size: 1.05rem; white-space: nowrap; }
.topbar nav { display: flex; gap: 4px; flex: 1; overflow-x: auto; }
.topbar nav a { color: #cbd5e1; text-decoration: none; padding: 6px 10px; border-radius: 6px; white-space: nowrap; }
.topbar nav a:hover { background: #1e293b; color: #fff; }
.topbar nav a.active { background: #1e40af; color: #fff; }
.who { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.who .role { font-size: 12px; padding: 1px 8px; border-radius: 10px; background: #334155; }
button.link { background: none; border: 0; color: #93c5fd; cursor: pointer; font: inherit; padding: 4px; }
/* The top bar's light link colour is 1.8:1 on a white panel: inside the page a link button is the page's blue. */
main button.link { color: var(--primary); }
main { padding: 16px 24px 32px; max-width: 1280px; margin: 0 auto; }
main.page-review { max-width: none; padding-bottom: 0; }
.flash {
  margin: 12px 24px 0; padding: 8px 12px; border-radius: 6px; background: #ecfdf5;
  border: 1px solid #a7f3d0; color: #065f46;
}
.flash.bad { background: var(--fail-bg); border-color: #fecaca; color: var(--fail); }
.noscript { margin: 24px; color: var(--fail); }

/* Building blocks */
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
.panel-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; }
.page-head { display: flex; align-items: center; justify-content: space-between; gap: 16px; margin-bottom: 12px; }
.page-head h1 { margin: 0; }
.button {
  display: inline-block; padding: 6px 14px; border: 1px solid #cbd5e1; border-radius: 6px;
  background: #fff; color: var(--ink); font: inherit; cursor: pointer; text-decoration: none; line-height: 1.4;
}
.button:hover { border-color: #94a3b8; }
.button.primary { background: var(--primary); border-color: var(--primary); color: var(--primary-ink); }
.button.danger { background: var(--fail); border-color: var(--fail); color: #fff; }
.button.wide { width: 100%; padding: 8px; font-size: 1rem; }
.button:disabled { opacity: .55; cursor: default; }
input[type=text], input[type=search], input[type=password], input[type=number], input[type=date], select, textarea {
  font: inherit; padding: 5px 8px; border: 1px solid #cbd5e1; border-radius: 6px; background: #fff; color: var(--ink);
}
textarea { width: 100%; resize: vertical; }
:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.inline-form { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
.inline-form label { display: flex; align-items: center; gap: 6px; }
.inline-form input[type=search], .inline-form input[type=text] { width: 420px; max-width: 100%; }
.error { color: var(--fail); margin: 8px 0 0; }
.field-label { display: block; font-weight: 600; margin: 10px 0 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
.card { flex: 1 1 140px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.panel .card { background: #f8fafc; }
.card .label { color: var(--muted); font-size: 12px; }
.card .value { font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card.alert .value { color: var(--fail); }
table.data { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.data th, table.data td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.data th { font-size: 12px; color: var(--muted); font-weight: 600; background: #f8fafc; }
table.data td.num, table.data th.num { text-align: right; }
table.data tr.overdue td { background: #fff7f7; }
table.data td.empty { color: var(--muted); text-align: center; padding: 16px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; line-height: 20px; white-space: nowrap; }
.badge.pass, .badge.valid { background: var(--pass-bg); color: var(--pass); }
.badge.fail, .badge.invalid, .badge.overdue { background: var(--fail-bg); color: var(--fail); }
.badge.unknown, .badge.needs_review { background: var(--unknown-bg); color: var(--unknown); }
.badge.neutral { background: #e5e7eb; color: #374151; }
.file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.file-input:focus-visible + label { outline: 2px solid #2563eb; outline-offset: 1px; }
.progress { display: flex; align-items: center; gap: 12px; margin: 8px 0 12px; }
.progress progress { flex: 1; height: 14px; }
.lists .panel-body { max-height: 320px; overflow: auto; }

/* Sign-in */
.login { display: flex; justify-content: center; padding-top: 12vh; }
.login-card { width: 440px; padding: 24px 28px; }
.login-card input[type=password] { width: 100%; margin: 4px 0 12px; padding: 8px; }
.login-card label { font-weight: 600; }
.hint { color: var(--muted); font-size: 12px; margin-top: 12px; }

/* Dashboard */
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: 4px; }
.chart { width: 100%; height: auto; display: block; }
.chart .axis { stroke: #cbd5e1; stroke-width: 1; }
.chart .grid { stroke: #f1f5f9; stroke-width: 1; }
.chart text { font-size: 11px; fill: #6b7280; }
.chart .bar-a { fill: #93c5fd; }
.chart .bar-b { fill: #1d4ed8; }
.chart .line-a { fill: none; stroke: #0891b2; stroke-width: 2; }
.chart .line-b { fill: none; stroke: #15803d; stroke-width: 2; }
.chart .dot-a { fill: #0891b2; }
.chart .dot-b { fill: #15803d; }
.key { display: inline-flex; align-items: center; gap: 4px; margin-right: 12px; font-size: 12px; color: var(--muted); }
.key i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
.key i.a { background: #93c5fd; } .key i.b { background: #1d4ed8; }
.key i.la { background: #0891b2; } .key i.lb { background: #15803d; }

/* Review workspace: fits 1280×800 with both columns scrolling on their own */
.review-head { display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; }
.review-head h1 { margin: 0 0 8px; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--muted); margin-bottom: 8px; }
.facts b { color: var(--ink); font-weight: 600; }
.review-body { display: grid; grid-template-columns: minmax(0, 1fr) 460px; gap: 16px; height: calc(100vh - 160px); min-height: 520px; }
.col-main { display: flex; flex-direction: column; min-height: 0; }
.col-side { overflow-y: auto; min-height: 0; padding-bottom: 16px; }
.player { padding: 10px 16px; }
.player-row { display: flex; align-items: center; gap: 8px; }
.player .play { min-width: 76px; }
.time { font: 13px ui-monospace, monospace; margin: 0 8px; color: var(--ink); }
.speed { margin-left: auto; display: flex; align-items: center; gap: 6px; }
.timeline { position: relative; margin-top: 8px; }
.turns { position: relative; height: 10px; border-radius: 3px; background: #f1f5f9; overflow: hidden; }
.turns span { position: absolute; top: 0; bottom: 0; }
.turns .agent { background: #bfdbfe; }
.turns .customer { background: #fed7aa; }
.timeline input[type=range] { width: 100%; margin: 4px 0 0; accent-color: var(--primary); }
.transcript-panel { flex: 1; display: flex; flex-direction: column; min-height: 0; margin-bottom: 16px; }
.legend { font-size: 12px; color: var(--muted); }
.legend mark { margin-left: 8px; }
.transcript { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 1; }
.seg { display: grid; grid-template-columns: 48px 52px 1fr; gap: 8px; padding: 6px 8px; border-radius: 6px; cursor: pointer; border-left: 3px solid transparent; }
.seg:hover { background: #f8fafc; }
.seg.playing { background: var(--playing); border-left-color: var(--primary); }
.seg .who { font-weight: 600; }
.seg.agent .who { color: #1d4ed8; }
.seg.customer .who { color: #c2410c; }
.seg .ts { font: 12px ui-monospace, monospace; color: var(--muted); padding-top: 2px; }
.seg .tags { display: block; margin-top: 2px; }
.seg .tags .badge { margin-right: 4px; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* A standard without a colour of its own yet (new in the registry) still shows its evidence. */
mark[class*="ev-"] { background: #e5e7eb; }
mark.ev-identity { background: var(--ev-identity); }
mark.ev-comprehension { background: var(--ev-comprehension); }
mark.ev-script { background: var(--ev-script); }
mark.ev-consent { background: var(--ev-consent); }
.seg.flash-ev { outline: 2px solid #f59e0b; }
.checklist { padding: 12px 14px; }
.std { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 8px; padding: 6px 10px 8px; }
.std legend { font-weight: 600; padding: 0 4px; }
.std legend .muted { font-size: 12px; font-weight: normal; display: block; margin-left: 28px; }
.std.fail { border-color: #fca5a5; background: #fffafa; }
/* Undecided until the reviewer chooses; a refused submit rings the standards still blocking it. */
.std.undecided { border-style: dashed; }
.std.missing { border-color: var(--unknown); box-shadow: 0 0 0 2px var(--unknown-bg); }
.decision { float: right; clear: right; font-size: 12px; margin: 0 8px 2px; }
.decision.pending { color: var(--unknown); font-weight: 600; }
.decision.differs { color: var(--fail); }
.auto { font-size: 13px; margin: 2px 0 0; }
.auto ul { margin: 2px 0; padding-left: 18px; color: #374151; }
.auto .ev-link { border: 0; background: none; color: var(--primary); cursor: pointer; padding: 0 2px; font: inherit; text-decoration: underline dotted; }
/* Service-language findings: an inspector's decision under each; a dismissed one is struck through. */
.sl-findings li { margin-bottom: 6px; }
.sl-findings li.dismissed > b, .sl-findings li.dismissed > q { text-decoration: line-through; color: var(--muted); }
.sl-decision { font-size: 12px; margin-top: 2px; }
.sl-decision.confirmed b { color: var(--fail); }
.sl-decide { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 2px; }
.sl-decide .sl-note-input { flex: 1 1 10em; min-width: 8em; }
/* The human choice sits top right of each standard, beside the checker's verdict. */
.choice { display: flex; gap: 4px; float: right; margin: 0 0 4px 8px; }
.choice label { display: flex; align-items: center; gap: 4px; cursor: pointer; padding: 2px 8px; border-radius: 6px; }
.choice label.pass:has(input:checked) { background: var(--pass-bg); color: var(--pass); font-weight: 600; }
.choice label.fail:has(input:checked) { background: var(--fail-bg); color: var(--fail); font-weight: 600; }
.comment-list { list-style: none; padding: 0; margin: 0 0 6px; }
.comment-list li { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; }
.comment-list li span.text { flex: 1; }
.comment-add { display: flex; gap: 8px; }
.comment-add input { flex: 1; }
.keys { color: var(--muted); font-size: 12px; margin: 4px 0; }
/* The submit button stays in view however long the verdicts are. */
/* What blocks a submit stays in sight beside the button, however far the checklist is scrolled. */
/* Down into the column's bottom padding, so nothing scrolled past peeks out below the button. */
.checklist .submit-bar { position: sticky; bottom: -16px; padding-bottom: 16px; background: #fff; box-shadow: 0 -8px 12px #fff; }
.submit-bar .error { margin: 0 0 6px; }

@media print {
  @page { margin: 14mm; }
  html { font-size: 11pt; }
  body { background: #fff; }
  .topbar nav, .who button, button, .button, form.inline-form, .player, .comment-add, .flash, .keys, #start { display: none !important; }
  .topbar { background: none; color: #000; height: auto; padding: 0 0 8px; border-bottom: 1px solid #000; }
  .brand { color: #000; }
  .who .role { background: none; border: 1px solid #999; }
  main { padding: 8px 0; max-width: none; }
  .panel, .card { border-color: #bbb; break-inside: avoid; }
  .review-body { display: block; height: auto; }
  .col-side, .transcript, .transcript-panel, .lists .panel-body { overflow: visible; max-height: none; height: auto; }
  .seg { break-inside: avoid; }
  .seg.playing { background: none; }
  table.data tr { break-inside: avoid; }
  .badge { border: 1px solid currentColor; }
  a { color: #000; text-decoration: none; }
  .charts { grid-template-columns: 1fr 1fr; }
  input[type=radio] { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}

/* Lists: filters, paging, the review walk, drill-downs (issue 16, item 6). */
.inline-form.filters input[type=text] { width: 140px; }
.inline-form.filters input[type=search] { width: 220px; }
/* button.link is styled for the dark top bar: on a panel it needs the page's link colour (AA). */
.panel button.link { color: var(--primary); text-decoration: underline; }
.walk { display: flex; align-items: center; gap: 10px; margin-top: 6px; }
.button.disabled { opacity: .55; cursor: default; pointer-events: none; }
.pager { display: flex; align-items: center; gap: 10px; margin-top: 10px; }
button.drill { background: none; border: 0; padding: 0; font: inherit; color: var(--primary); text-decoration: underline; cursor: pointer; }
.import-report { margin-top: 8px; }
.panel-head .actions { display: flex; gap: 8px; align-items: center; }
`;
