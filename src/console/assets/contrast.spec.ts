import { consoleCss } from './console-css.js';
import { evidenceCss } from './evidence-css.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The stylesheet's colour variables, #rgb written out as #rrggbb. */
const vars = Object.fromEntries(
  [...consoleCss.matchAll(/--([\w-]+): #([0-9a-f]{6}|[0-9a-f]{3})\b/g)].map((m) => [
    m[1],
    '#' + (m[2].length === 3 ? [...m[2]].map((c) => c + c).join('') : m[2]),
  ]),
);

describe('console colours meet WCAG AA (4.5:1 for text)', () => {
  it('computes ratios as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 1);
    // The pair the issue measured.
    expect(contrast('#6b7280', '#f5f6f8')).toBeCloseTo(4.47, 2);
  });

  it.each([
    ['muted text on the page', 'muted', 'bg'],
    ['muted text on a panel', 'muted', 'panel'],
    ['a passed badge', 'pass', 'pass-bg'],
    ['a failed badge', 'fail', 'fail-bg'],
    ['an undecided badge', 'unknown', 'unknown-bg'],
    ['a link on a panel', 'primary', 'panel'],
    ['the turn being played', 'muted', 'playing'],
  ])('%s', (_, fg, bg) => {
    expect(contrast(vars[fg], vars[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it('muted text on cards and table heads (#f8fafc)', () => {
    expect(contrast(vars.muted, '#f8fafc')).toBeGreaterThanOrEqual(4.5);
  });

  it('link buttons inside the page use the page blue, not the top bar’s light blue', () => {
    expect(consoleCss).toMatch(/main button\.link \{ color: var\(--primary\); \}/);
  });

  it('the short-recording warning and search hits', () => {
    expect(evidenceCss).toContain('color: #92400e');
    expect(contrast('#92400e', vars['unknown-bg'])).toBeGreaterThanOrEqual(4.5);
    // The speakers' names (blue agent, orange customer) and muted times on the current hit.
    for (const fg of [vars.ink, vars.muted, '#1d4ed8', '#c2410c'])
      expect(contrast(fg, '#fef9c3')).toBeGreaterThanOrEqual(4.5);
    expect(evidenceCss).toContain('.seg.hit-current { background: #fef9c3;');
  });
});
