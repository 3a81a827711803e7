/**
 * Short answers are judged by how they open: "是，你们又推销什么?" is a yes,
 * "不是啊，..." a no. Leading fillers and the caller's "喂" are skipped.
 */
const FILLERS = /^(?:[喂啊哦噢呃额唉哎][,?。]?)*/;
/** Cantonese 系 (是) opens a yes, 唔系 / 唔啱 (不是 / 不对) a no. */
const AFFIRMATIVE_OPENING = /^(?:是|对|嗯|没错|当然|可不|那可不|系(?![统列]))/;
const NEGATIVE_OPENING = /^(?:嗯,?)?(?:不是|不对|没有|错了|唔系|唔啱|不(?=[,。?]|$))/;
/**
 * "问我是不是机主?对。", "机主?是啊": the question echoed back before the answer.
 * The echo is skipped so that the answer after it is what counts.
 */
const ECHO = /^[^,。?]{0,12}(?:机主|本人|是不是|是吗|是吧)[^,。?]{0,6}\?/;

// "嗯" is not stripped: as an opening it is itself a (weak) yes.
function opening(text: string): string {
  const rest = text.replace(FILLERS, '');
  const echo = ECHO.exec(rest);
  return echo && echo[0].length < rest.length
    ? rest.slice(echo[0].length).replace(FILLERS, '')
    : rest;
}

export function startsAffirmative(text: string): boolean {
  return AFFIRMATIVE_OPENING.test(opening(text)) && !startsNegative(text);
}

export function startsNegative(text: string): boolean {
  return NEGATIVE_OPENING.test(opening(text));
}
