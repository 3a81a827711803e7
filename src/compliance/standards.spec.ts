import { SCRIPT_SECTIONS, requiredDisclosures } from './script-format.js';
import {
  STANDARD_DESCRIPTIONS,
  STANDARD_NAMES,
  STANDARD_REGISTRY,
  STANDARD_REPORT_LABELS,
  STANDARDS,
  standardOfSection,
} from './standards.js';

describe('the standards registry', () => {
  it('lists the four standards in the API order', () => {
    expect(STANDARDS).toEqual(['identity', 'comprehension', 'script', 'consent']);
    expect(STANDARD_REGISTRY.map((s) => s.id)).toEqual(STANDARDS);
  });

  it('names them as the console and the report do', () => {
    expect(STANDARD_NAMES).toEqual({
      identity: '身份核实',
      comprehension: '清醒理解',
      script: '脚本告知',
      consent: '明确同意',
    });
    expect(Object.keys(STANDARD_NAMES)).toEqual(STANDARDS);
  });

  it('keeps the weekly report labels the carrier already reads', () => {
    expect(STANDARD_REPORT_LABELS).toEqual({
      identity: '身份核实：机主或能做主的家人，且同意听介绍',
      comprehension: '神智清醒，能听懂营销内容',
      script: '按核准脚本完整告知资费、体验期、取消方式等',
      consent: '用户明确同意开通',
    });
  });

  it('describes every standard in one line', () => {
    for (const id of STANDARDS) {
      expect(STANDARD_DESCRIPTIONS[id]).toMatch(/^[^\n]{4,60}$/);
    }
  });

  it('gives every script section exactly one standard', () => {
    const owners = SCRIPT_SECTIONS.map((section) => [
      section,
      STANDARD_REGISTRY.filter((s) =>
        (s.scriptSections as readonly string[]).includes(section),
      ).map((s) => s.id),
    ]);
    expect(owners.filter(([, ids]) => ids.length !== 1)).toEqual([]);
    const listed = STANDARD_REGISTRY.flatMap((s) => s.scriptSections);
    expect([...listed].sort()).toEqual([...SCRIPT_SECTIONS].sort());
  });

  it('maps the disclosures to the script standard', () => {
    expect(requiredDisclosures(true).map(standardOfSection)).toEqual(Array(5).fill('script'));
    expect(standardOfSection('price')).toBe('script');
    expect(standardOfSection('trial_end')).toBe('script');
    expect(standardOfSection('permission')).toBe('identity');
    expect(standardOfSection('consent')).toBe('consent');
  });
});
