/**
 * Screen and A4 print styles. Sections avoid breaking across pages, links to
 * example calls print their address, and nothing depends on colour alone.
 * Print: Chromium lays the page out a pixel wider than the box it clips to
 * (186 mm ≈ 703.0 px, laid out as 704), so every full-width table and card
 * lost its right border on paper; the body keeps a 1 mm inset for that, and
 * cells, cards and printed links wrap long tokens instead of widening tables.
 */
export const PAGE_STYLE = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif;
  color: #222; margin: 0 auto; max-width: 190mm; padding: 16px; font-size: 13px; line-height: 1.5; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; border-bottom: 2px solid #1f5fa8; padding-bottom: 2px; margin: 18px 0 8px; }
.subtitle { color: #444; margin: 0 0 8px; }
.banner { border: 1px solid #d9822b; background: #fff6ec; padding: 6px 10px; margin: 8px 0; }
.lead { font-size: 14px; margin: 8px 0; }
.kpis { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 6px; }
.kpi { border: 1px solid #ccc; padding: 6px 8px; overflow-wrap: anywhere; }
.kpi b { display: block; font-size: 18px; }
.kpi span { color: #555; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 12px; }
th, td { border: 1px solid #bbb; padding: 3px 6px; text-align: left; overflow-wrap: anywhere; }
th { background: #eef2f7; }
td.num, th.num { text-align: right; }
td.empty { text-align: center; color: #777; }
.note { color: #555; font-size: 12px; margin: 2px 0 6px; }
svg { max-width: 100%; height: auto; display: block; margin: 6px 0; }
ol.problems li { margin-bottom: 4px; }
dl.definitions dt { font-weight: bold; margin-top: 4px; }
dl.definitions dd { margin: 0 0 2px 1em; }
footer { margin-top: 16px; color: #666; font-size: 11px; border-top: 1px solid #ccc; padding-top: 6px; }
.toolbar { margin: 8px 0; }
.week-picker label { margin-right: 6px; }
.week-picker input, .week-picker button { font: inherit; padding: 2px 6px; }
@media print {
  body { padding: 0 1mm; max-width: none; }
  table { font-size: 11px; }
  th, td { padding: 2px 4px; }
  .toolbar { display: none; }
  section { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: #222; text-decoration: none; }
  a.call::after { content: " (" attr(href) ")"; font-size: 10px; color: #555; word-break: break-all; }
  .banner { background: none; }
}
`;
