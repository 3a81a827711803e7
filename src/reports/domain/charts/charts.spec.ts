import { barChart } from './bar-chart.js';
import { lineChart } from './line-chart.js';
import { rankAgents } from './report-charts.js';
import { escapeXml } from './svg.js';
import type { AgentFigures } from '../report-types.js';

const pct = (v: number) => `${Math.round(v * 100)}%`;

describe('lineChart', () => {
  const svg = lineChart({
    title: '近4周有效率',
    categories: ['W44', 'W45', 'W46', 'W47'],
    series: [{ name: '有效率', color: '#1f5fa8', values: [0.5, null, 1, 0.25] }],
    yMax: 1,
    format: pct,
    width: 400,
    height: 200,
  });

  it('is a self-contained, labelled SVG', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 200"/);
    expect(svg).toContain('<title>近4周有效率</title>');
    expect(svg).toContain('role="img"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('breaks the line at a missing value and labels every present point', () => {
    // Only W46–W47 are consecutive present values: one polyline of two points.
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain('>50%</text>');
    expect(svg).toContain('>25%</text>');
  });

  it('puts 100% at the top of the plot and 0% at the bottom', () => {
    // top margin 34, plot height 200 - 34 - 34 = 132: 1 → y 34, 0.5 → y 100.
    expect(svg).toContain('cy="34"');
    expect(svg).toContain('cy="100"');
  });

  it('never emits NaN, even for a single category or all-null series', () => {
    const one = lineChart({
      title: 't',
      categories: ['W47'],
      series: [{ name: 's', color: '#000', values: [null] }],
      format: pct,
    });
    expect(one).not.toMatch(/NaN|Infinity/);
  });
});

describe('barChart', () => {
  it('scales bars to the largest value and escapes labels', () => {
    const svg = barChart({
      title: 'failures',
      color: '#b83232',
      width: 500,
      labelWidth: 100,
      bars: [
        { label: '身份<核实>', value: 4, note: '4 次' },
        { label: '明确同意', value: 2 },
        { label: '清醒理解', value: 0 },
      ],
    });
    // Bar space = 500 - 100 - 170 - 20 = 210.
    expect(svg).toContain('width="210"');
    expect(svg).toContain('width="105"');
    expect(svg).toContain('width="0"');
    expect(svg).toContain('身份&lt;核实&gt;');
    expect(svg).not.toContain('身份<核实>');
  });

  it('says so when there is nothing to draw', () => {
    expect(barChart({ title: 't', color: '#000', bars: [], emptyText: '无' })).toContain(
      '>无</text>',
    );
  });
});

describe('rankAgents', () => {
  const agent = (agentCode: string, validSales: number, validRate: number | null) =>
    ({ agentCode, validSales, validRate }) as AgentFigures;

  it('ranks by valid sales, then valid rate (none last), then code', () => {
    const ranked = rankAgents([
      agent('A4', 0, null),
      agent('A3', 2, 0.5),
      agent('A1', 2, 1),
      agent('A2', 0, 0),
      agent('A0', 2, 1),
    ]);
    expect(ranked.map((a) => a.agentCode)).toEqual(['A0', 'A1', 'A3', 'A2', 'A4']);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
