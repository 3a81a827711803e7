import { STANDARD_NAMES } from '../../compliance/index.js';

/**
 * Chinese for the English the API stores or answers (window.QAText, loaded
 * before console.js): remedial-task reasons and overturn notes keep their
 * stored English (the API's contract), and error messages name fields in
 * English for API clients. The console translates them when it shows them;
 * anything it does not recognise as a whole is reduced to the field it names,
 * so no English sentence reaches the page.
 */
export const textsJs = String.raw`
(function () {
  'use strict';
  var STANDARD = ${JSON.stringify(STANDARD_NAMES)};
  var TIER = { daily: '每日抽查', weekly: '每周抽查', calibration: '校准' };
  var FIELD = {
    phone: '电话号码', from: '开始日期', to: '结束日期', file: '文件', reason: '原因', notes: '备注',
    rules: '标准结论', receivedAt: '受理时间', startedAt: '通话时间', callId: '通话', itemId: '质检项',
    period: '期间', week: '周次', username: '用户名', password: '密码', severity: '严重程度',
    category: '类别', description: '描述', agentCode: '坐席工号', productCode: '产品代码',
  };
  var ENGLISH = /(?:[A-Za-z]{2,}\S*\s+(?:[\d\W]+\s+)*){2}[A-Za-z]{2,}/;

  function standards(list) {
    return list.split(/,\s*/).map(function (s) { return STANDARD[s] || s; }).join('、');
  }

  /** Whole messages the console knows; each is [pattern, function of its groups]. */
  var MESSAGES = [
    [/^phone: "(.*)" is not a valid phone number$/, function (m) { return '电话号码“' + m[1] + '”无效'; }],
    [/^from \((.*)\) is after to \((.*)\)$/, function (m) { return '开始日期 ' + m[1] + ' 晚于结束日期 ' + m[2]; }],
    [/^(\w+): (.*) is not a (?:calendar )?date$/, function (m) { return (FIELD[m[1]] || m[1]) + '“' + m[2] + '”不是有效日期'; }],
    [/^(\w+): (.*) is in the future$/, function (m) { return (FIELD[m[1]] || m[1]) + '“' + m[2] + '”晚于现在'; }],
    [/^rules: the overturn changes nothing/, function () { return '未改变任何标准的结论'; }],
    [/^checks\.\w+\.note: /, function () { return '不通过的项目须填写意见，退回处理人时一并告知'; }],
    [/^file: not a CSV dial list: it is a binary file/, function () { return '文件不是 CSV：这是二进制文件（如图片、表格文档），请另存为 CSV 后上传'; }],
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

  /** "daily review 3 of call 19 failed: script, consent" → 每日抽查复核 #3 判定通话 #19 不合格：… */
  function remedialReason(text) {
    var m = /^(\w+) review (\d+) of call (\d+) failed: (.*)$/.exec(String(text || ''));
    if (!m) return message(text);
    return (TIER[m[1]] || m[1]) + '复核 #' + m[2] + ' 判定通话 #' + m[3] + ' 不合格：' + standards(m[4]);
  }

  /** "review 3 overturned by review 5: <reason>" → 复核 #3 已被复核 #5 推翻：<reason> */
  function remedialNote(text) {
    var m = /^review (\d+) overturned by review (\d+): ([\s\S]*)$/.exec(String(text || ''));
    if (!m) return message(text);
    return '复核 #' + m[1] + ' 已被复核 #' + m[2] + ' 推翻：' + m[3];
  }

  window.QAText = { message: message, remedialReason: remedialReason, remedialNote: remedialNote };
})();
`;
