/**
 * Short answers are judged by how they open: "是，你们又推销什么?" is a yes,
 * "不是啊，..." a no. Leading fillers and the caller's "喂" are skipped.
 */
const FILLERS = /^(?:[喂啊哦噢呃额唉哎][,?。]?)*/;
const AFFIRMATIVE_OPENING = /^(?:是|对|嗯|没错|当然)/;
const NEGATIVE_OPENING = /^(?:嗯,?)?(?:不是|不对|没有|错了|不(?=[,。?]|$))/;

// "嗯" is not stripped: as an opening it is itself a (weak) yes.
function opening(text: string): string {
  return text.replace(FILLERS, '');
}

export function startsAffirmative(text: string): boolean {
  return AFFIRMATIVE_OPENING.test(opening(text)) && !startsNegative(text);
}

export function startsNegative(text: string): boolean {
  return NEGATIVE_OPENING.test(opening(text));
}
