import { assembleReport } from '../domain/assemble.js';
import { emptyInputs } from '../domain/test-support/report-inputs.js';
import { problemsSection } from './quality-sections.js';
import { recurringFindingsBlock, serviceLanguageSection } from './service-language-section.js';

const report = assembleReport({
  ...emptyInputs(),
  agents: [{ code: 'A001', name: '李娜', team: 'T1' }],
  languageScores: [{ agentCode: 'A001', scored: 4, scoreSum: 330, tabooCalls: 1 }],
  recurringFindings: [
    {
      kind: 'taboo',
      family: 'taboo.shirking',
      phrase: '不归我管',
      findings: 2,
      calls: 2,
      exampleCallIds: [12, 5],
    },
    { kind: 'closing', family: '', phrase: '', findings: 3, calls: 3, exampleCallIds: [1, 2, 3] },
  ],
});

describe('the printed service-language figures', () => {
  it('gives the centre, team and agent rates', () => {
    const html = serviceLanguageSection(report);
    expect(html).toContain('九、服务用语');
    expect(html).toContain('平均分 82.5（满分 100）');
    expect(html).toContain('禁语率 25.0%');
    expect(html).toMatch(
      /<td>A001<\/td><td>李娜<\/td><td>T1<\/td><td class="num">4<\/td><td class="num">82\.5<\/td>/,
    );
  });

  it('lists the recurring findings in the problems section, each linking to its calls', () => {
    const html = problemsSection(report);
    expect(html).toContain('反复出现的服务用语问题');
    expect(html).toContain('<b>缺少结束语</b>：3 通通话、共 3 次');
    expect(html).toContain('<b>服务禁语“不归我管”</b>：2 通通话、共 2 次');
    expect(html).toContain(
      '<a class="call" href="/console/calls/5">通话 #5</a>、<a class="call" href="/console/calls/12">通话 #12</a>',
    );
  });

  it('prints a revision stored before the figures existed, saying so', () => {
    const { serviceLanguage: _none, ...old } = report;
    expect(serviceLanguageSection(old)).toContain('本版报告生成时尚未统计服务用语');
    expect(recurringFindingsBlock(old)).toBe('');
    expect(problemsSection(old)).not.toContain('反复出现');
  });
});
