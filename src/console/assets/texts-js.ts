import { STANDARD_NAMES } from '../../compliance/index.js';

/**
 * Chinese for what the API says in English (window.QAText, loaded before
 * console.js). Remedial tasks are worded from their facts (tier, review, call,
 * standards; the overturn that withdrew one). Error messages name fields in
 * English for API clients: known ones are translated, anything else is reduced
 * to the field it names, so no English sentence reaches the page.
 */
export const textsJs = String.raw`
(function () {
  'use strict';
  var STANDARD = ${JSON.stringify(STANDARD_NAMES)};
  // Call tiers come labelled from their rows (task.tierLabel); calibration is not a tier row.
  var TIER = { calibration: '校准' };
  var FIELD = {
    phone: '电话号码', from: '开始日期', to: '结束日期', file: '文件', reason: '原因', notes: '备注',
    rules: '标准结论', receivedAt: '受理时间', startedAt: '通话时间', callId: '通话', itemId: '质检项',
    period: '期间', week: '周次', username: '用户名', password: '密码', severity: '严重程度',
    category: '类别', description: '描述', agentCode: '坐席工号', productCode: '产品代码',
    search: '搜索内容', agent: '坐席工号', tier: '抽查类型', sort: '排序', overdue: '超时',
    failedStandard: '不通过标准', limit: '每页条数', offset: '起始位置', standard: '标准',
    reviewerId: '复核人', direction: '分歧方向',
  };
  var ENGLISH = /(?:[A-Za-z]{2,}\S*\s+(?:[\d\W]+\s+)*){2}[A-Za-z]{2,}/;

  /** Whole messages the console knows; each is [pattern, function of its groups]. */
  var MESSAGES = [
    [/^phone: "(.*)" is not a valid phone number$/, function (m) { return '电话号码“' + m[1] + '”无效'; }],
    [/^from \((.*)\) is after to \((.*)\)$/, function (m) { return '开始日期 ' + m[1] + ' 晚于结束日期 ' + m[2]; }],
    [/^(\w+): (.*) is not a (?:calendar )?date$/, function (m) { return (FIELD[m[1]] || m[1]) + '“' + m[2] + '”不是有效日期'; }],
    [/^(\w+): (.*) is in the future$/, function (m) { return (FIELD[m[1]] || m[1]) + '“' + m[2] + '”晚于现在'; }],
    [/^rules: the overturn changes nothing/, function () { return '未改变任何标准的结论'; }],
    [/^checks\.\w+\.note: /, function () { return '不通过的项目须填写意见，退回处理人时一并告知'; }],
    [/^file: not a CSV dial list: it is a binary file/, function () { return '文件不是 CSV：这是二进制文件（如图片、表格文档），请另存为 CSV 后上传'; }],
    [/^search: give a phone number or some of its digits$/, function () { return '请输入号码或号码中的数字'; }],
    [/^file: not a CSV dial list/, function () { return '文件不是 CSV：第一行应为逗号分隔的表头（如 phone,name）、电话列名或电话号码'; }],
  ];

  /** One API error message in Chinese: known wording translated, else the field it names. */
  function message(text) {
    text = String(text || '');
    for (var i = 0; i < MESSAGES.length; i++) {
      var m = MESSAGES[i][0].exec(text);
      if (m) return MESSAGES[i][1](m);
    }
    if (!ENGLISH.test(text)) return text;
    var field = /^(\w+):/.exec(text);
    return field ? (FIELD[field[1]] || field[1]) + '（' + field[1] + '）取值无效' : '';
  }

  /** A remedial task's failure from its facts: 每日抽查复核 #3 判定通话 #19 不合格：同意 */
  function remedialReason(task) {
    if (!task.tier) return message(task.reason);
    var names = (task.failedStandards || []).map(function (s) { return STANDARD[s] || s; }).join('、');
    return (task.tierLabel || TIER[task.tier] || task.tier) + '复核 #' + task.reviewId + ' 判定通话 #' + task.callId + ' 不合格：' + names;
  }

  /** A finished task's note: the overturn that withdrew it, or the handler's own words. */
  function remedialNote(task) {
    var o = task.outcome;
    if (!o || !o.note) return '';
    if (o.cancelledByReviewId) return '复核 #' + task.reviewId + ' 已被复核 #' + o.cancelledByReviewId + ' 推翻：' + (o.cancelReason || '');
    return message(o.note);
  }

  window.QAText = { message: message, remedialReason: remedialReason, remedialNote: remedialNote };
})();
`;
