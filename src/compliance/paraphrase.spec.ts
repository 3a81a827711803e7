import { evaluateCall } from './index.js';
import { MUSIC_C1, flowCall, musicCall } from './test-support/builders.js';

/** Whole calls worded freely, as agents actually talk; each must come out valid. */
describe('freely worded valid calls', () => {
  it('a chatty MUSIC10 sale with a name check and colloquial terms', () => {
    const c = evaluateCall(
      musicCall([
        ['a', '喂您好，这边是移动公司合作的服务中心，请问是王先生吗？'],
        ['c', '嗯对，我是，怎么了。'],
        ['a', '王先生您好，就占用您一点时间，说个听歌的福利，您看方便不？'],
        ['c', '说吧说吧。'],
        ['a', '是这样，咪咕音乐的白金会员，几千万首正版歌都能听，无损音质，下载歌曲还不走流量。'],
        ['c', '哦，然后呢。'],
        ['a', '您在手机上装个咪咕音乐APP，拿本机号码一登就能用。'],
        ['c', '收不收钱？'],
        ['a', '每月资费十块，话费里扣，头三十天免费体验，4月3号到期，到期后才开始收费。'],
        ['c', '十块一个月是吧，四月三号前不收钱。'],
        ['a', '对的，要是不想用了，编辑TD发到10658888就能退订，打10086也行。'],
        ['c', '嗯嗯。'],
        ['a', '那我这边帮您开通可以吗？'],
        ['c', '好的好的，开吧。'],
      ]),
    );
    expect(c.status).toBe('valid');
  });

  it('a terse FLOW20 sale', () => {
    const c = evaluateCall(
      flowCall([
        ['a', '您好，请问这个号码是您本人在用吗？'],
        ['c', '对，我的号。'],
        ['a', '给您介绍一个流量优惠，耽误您两分钟可以不？'],
        ['c', 'OK你讲。'],
        ['a', '就是每个月多给您5G全国流量的加油包。'],
        ['c', '全国都能用？'],
        ['a', '是的，当月开通当月生效，会自动叠加进您的套餐，不需要您设置什么。'],
        ['c', '多少钱啊'],
        ['a', '20块钱一个月。'],
        ['c', '还行。怎么退？'],
        ['a', '打10086按提示操作就能退订。'],
        ['c', '知道了。'],
        ['a', '那您同意办理吗？'],
        ['c', '行，那就办一个吧。'],
      ]),
    );
    expect(c.status).toBe('valid');
  });

  it('a sale where the customer hesitates, then agrees to try it', () => {
    const c = evaluateCall(
      musicCall([
        ['a', '您好，请问是李女士吗？'],
        ['c', '是我。'],
        ['a', '耽误您一分钟可以吗？'],
        ['c', '嗯，你说。'],
        [
          'a',
          '咪咕音乐白金会员，正版无损音乐随心听，下载不耗流量；下载咪咕音乐客户端用本机号码登录就能用。每月10元，从今天开始免费体验30天，到4月3号截止，不想用发TD到10658888取消。',
        ],
        ['c', '我考虑考虑吧……'],
        ['a', '您看要不先体验一下？'],
        ['c', '那行吧，那就先试试。'],
      ]),
    );
    expect(c.status).toBe('valid');
  });

  it('a confirmation call that keeps the product', () => {
    const c = evaluateCall(
      musicCall(
        [
          ['a', '您好，我是移动合作服务中心的，给您做个回访，请问您是机主本人吗？'],
          ['c', '是的，什么回访？'],
          ['a', '占用您一分钟时间，可以吗？'],
          ['c', '可以可以。'],
          [
            'a',
            '您开通的咪咕音乐白金会员，正版无损音乐畅听，下载歌曲免流量，登录咪咕音乐客户端就能用。',
          ],
          ['c', '用过几次。'],
          [
            'a',
            '您的免费体验期4月3日结束，之后每月10元，不需要可以发TD到10658888或拨打10086取消，请问您还继续用吗？',
          ],
          ['c', '继续吧，还挺好用。'],
        ],
        { purpose: 'confirmation', script: MUSIC_C1, trialEnd: '2026-04-03' },
      ),
    );
    expect(c).toMatchObject({ status: 'valid', rules: { consent: { decision: 'continue' } } });
  });
});
