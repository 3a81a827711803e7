/** Varied 15-segment marketing calls for benchmarks: valid ones and each kind of failure. */
const OPENERS = [
  '您好，我是移动合作服务中心的客服，请问是机主本人吗？',
  '喂，您好，请问您是这个号码的机主吗？',
];
const HOLDER = ['是我，你说。', '对，我本人。', '我是他朋友。', '是的。'];
const PERMISSION = ['耽误您一分钟介绍个优惠，方便吗？', '给您介绍一个会员活动，可以吗？'];
const PERMIT = ['可以，你说吧。', '行，说吧。', '我在开车，不方便。'];
const CONSENT = ['好的，给我开通吧。', '嗯。', '我考虑一下。', '可以，开吧。', '不用了。'];

export interface SyntheticCall {
  externalId: string;
  agentCode: string;
  productCode: string;
  scriptVersion: string;
  phone: string;
  purpose: 'marketing';
  outcome: 'sale';
  startedAt: string;
  durationSeconds: number;
  transcript: { speaker: 'agent' | 'customer'; startMs: number; endMs: number; text: string }[];
}

export function syntheticCall(i: number, agentCode = 'B001'): SyntheticCall {
  const pick = <T>(list: T[], salt: number) => list[(i * 7 + salt) % list.length];
  const texts: [string, 'agent' | 'customer'][] = [
    [pick(OPENERS, 1), 'agent'],
    [pick(HOLDER, 2), 'customer'],
    [pick(PERMISSION, 3), 'agent'],
    [pick(PERMIT, 4), 'customer'],
    ['这个咪咕音乐白金会员可以畅听千万首正版无损音乐，下载歌曲免流量。', 'agent'],
    ['听着还行。', 'customer'],
    ['开通后登录咪咕音乐客户端，用本机号码登录就能用。', 'agent'],
    ['那多少钱一个月？', 'customer'],
    ['资费每个月10元，从话费里扣，前30天免费体验，体验期到12月9日结束。', 'agent'],
    ['12月9号之前不要钱是吧。', 'customer'],
    ['对，不想用了可以编辑短信TD发送到10658888，或者拨打10086取消。', 'agent'],
    ['知道了。', 'customer'],
    ['请问您同意开通吗？', 'agent'],
    [pick(CONSENT, 5), 'customer'],
    ['好的，稍后您会收到短信，感谢接听，再见。', 'agent'],
  ];
  return {
    externalId: `BENCH-${i}`,
    agentCode,
    productCode: 'MUSIC10',
    scriptVersion: 'v3',
    phone: `139${String(10_000_000 + i).slice(-8)}`,
    purpose: 'marketing',
    outcome: 'sale',
    startedAt: '2026-11-10T10:12:00+08:00',
    durationSeconds: 90,
    transcript: texts.map(([text, speaker], n) => ({
      speaker,
      startMs: n * 6000,
      endMs: n * 6000 + 5000,
      text,
    })),
  };
}
