/**
 * Checker throughput beside a floor measured in the same run: JSON.parse of
 * the very transcripts the checker reads. Target ≥ 2,000 calls/s per core on
 * 15-segment transcripts. The lead's full bench imports `benchChecker`; run
 * alone with: node --import ts-node/esm scripts/bench/compliance-checker.ts [n]
 */
import { pathToFileURL } from 'node:url';
import { evaluateCall } from '../../src/compliance/index.js';
import { parseScript } from '../../src/compliance/script-format.js';
import type { EvaluationInput, TranscriptSegment } from '../../src/compliance/index.js';
import { time } from './measure.js';

const SCRIPT = parseScript(
  `[greeting] 您好，我是中国移动合作服务中心的客服代表。
[identity] 请问您是这个号码的机主本人吗？
[permission] 耽误您一分钟时间，给您介绍一项音乐会员优惠，可以吗？
[features] 咪咕音乐白金会员可以畅听千万首正版无损音乐，还可以免流量下载歌曲。
[usage] 开通后登录咪咕音乐客户端，用本机号码登录就能使用。
[price] 资费是每月{price}，从话费中扣除。
[trial_end] 现在开通前{trialDays}天免费体验，体验期到{trialEnd}结束，之后按月收费。
[cancel_method] 如果不想用了，可以{cancelMethod}取消。
[consent] 请问您同意开通吗？`,
  true,
);

/** Each slot offers valid wordings and planted faults, so verdicts and code paths vary. */
const SLOTS: Array<['agent' | 'customer', string[]]> = [
  [
    'agent',
    [
      '您好，我是移动合作服务中心的客服，请问是机主本人吗？',
      '喂，您好，请问您是这个号码的机主吗？',
      '您好，移动客服，给您介绍个活动。',
    ],
  ],
  [
    'customer',
    [
      '是我，你说。',
      '对，我本人。',
      '我是他朋友。',
      '是的。',
      '不是，这是我老公的号，家里我说了算。',
      '这是公司的号。',
    ],
  ],
  [
    'agent',
    [
      '耽误您一分钟介绍个优惠，方便吗？',
      '给您介绍一个会员活动，可以吗？',
      '占用您两分钟，现在方便说话吗？',
    ],
  ],
  ['customer', ['可以，你说吧。', '行，说吧。', '我在开车，不方便。', '嗯，讲。']],
  [
    'agent',
    [
      '这个咪咕音乐白金会员可以畅听千万首正版无损音乐，下载歌曲免流量。',
      '白金会员，上千万首正版歌随便听，下歌不耗流量。',
      '给您推荐个会员。',
    ],
  ],
  ['customer', ['听着还行。', '嗯。', '我今天喝多了，你说啥？', '什么意思？听不懂。']],
  [
    'agent',
    [
      '开通后登录咪咕音乐客户端，用本机号码登录就能用。',
      '下载咪咕音乐APP，手机号登录就行。',
      '很好用的。',
    ],
  ],
  ['customer', ['那多少钱一个月？', '要钱吗？', '哦。']],
  [
    'agent',
    [
      '资费每个月10元，从话费里扣，前30天免费体验，体验期到12月9日结束。',
      '一个月十块钱，头三十天免费，到十二月九号截止。',
      '每月15元，前30天免费，到12月9日。',
      '这个是免费的，不收钱。',
    ],
  ],
  ['customer', ['12月9号之前不要钱是吧。', '每月10块，明白了。', '嗯。']],
  [
    'agent',
    [
      '对，不想用了可以编辑短信TD发送到10658888，或者拨打10086取消。',
      '不想要了打10086就能退订。',
      '有问题随时联系我们。',
    ],
  ],
  ['customer', ['知道了。', '好。', '那我到时候怎么退？']],
  ['agent', ['请问您同意开通吗？', '那给您开通好吗？']],
  [
    'customer',
    [
      '好的，给我开通吧。',
      '嗯。',
      '我考虑一下。',
      '可以，开吧。',
      '不用了。',
      '我不同意。',
      '行，办一个。',
    ],
  ],
  ['agent', ['好的，稍后您会收到短信，感谢接听，再见。', '那我就给您开通了，再见。']],
];

function syntheticTranscript(i: number): TranscriptSegment[] {
  return SLOTS.map(([speaker, options], n) => ({
    speaker,
    startMs: n * 6000,
    endMs: n * 6000 + 5000,
    // Mixed strides so slots do not vary in lockstep.
    text: options[(i * (n + 3) + Math.floor(i / (n + 1))) % options.length],
  }));
}

export interface CheckerBench {
  callsPerSec: number;
  jsonParsePerSec: number;
  /** Calls per CPU-second of this process: steadier than wall time on a shared machine. */
  callsPerCpuSec: number;
}

export function benchChecker(n: number): CheckerBench {
  const json = Array.from({ length: n }, (_, i) => JSON.stringify(syntheticTranscript(i)));
  const floor = time(() => json.map((s) => JSON.parse(s) as TranscriptSegment[]));
  const base: Omit<EvaluationInput, 'transcript'> = {
    purpose: 'marketing',
    product: {
      code: 'MUSIC10',
      monthlyFeeCents: 1000,
      trialDays: 30,
      cancelMethod: '编辑短信TD发送到10658888，或拨打10086',
    },
    script: { version: 'v3', purpose: 'marketing', sections: SCRIPT },
    startedAt: new Date('2026-11-10T02:12:00Z'),
    timeZone: 'Asia/Shanghai',
  };
  // Warm-up: compile the automaton and let the JIT settle before timing.
  for (let i = 0; i < Math.min(n, 500); i++) evaluateCall({ ...base, transcript: floor.result[i] });
  const cpuBefore = process.cpuUsage();
  const checked = time(() =>
    floor.result.map((transcript) => evaluateCall({ ...base, transcript })),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    callsPerSec: n / checked.seconds,
    jsonParsePerSec: n / floor.seconds,
    callsPerCpuSec: n / ((cpu.user + cpu.system) / 1e6),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 10_000);
  const r = benchChecker(n);
  process.stdout.write(
    `checker: ${r.callsPerSec.toFixed(0)} calls/s (${r.callsPerCpuSec.toFixed(0)} per CPU-second); ` +
      `JSON.parse floor: ${r.jsonParsePerSec.toFixed(0)}/s (n=${n})\n`,
  );
}
