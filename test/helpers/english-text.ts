/**
 * "No English sentence on a console page": three or more Latin words (two
 * letters or more each) in a run separated by spaces. Numbers and punctuation
 * between them do not end the run, so "daily review 1 of call 2 failed:
 * consent" counts; a tab, a line break or any other script does. Single words
 * such as product codes, external ids or `CSV` are data or accepted
 * abbreviations, and never count.
 */
const ALLOWED_WORDS = new Set(['CSV', 'PDF', 'ID', 'WAV', 'API']);
const ALLOWED_NAMES = [/\bBull Board\b/g];
const WORD = /^\p{P}*([A-Za-z][A-Za-z'-]+)\p{P}*$/u;
const NEUTRAL = /^[\p{P}\p{S}\d]+$/u;

function runsIn(line: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  let words = 0;
  const close = () => {
    if (words >= 3) runs.push(run.join(' '));
    run = [];
    words = 0;
  };
  for (const token of line.split(/[ \u00a0]+/).filter(Boolean)) {
    const word = WORD.exec(token);
    if (word && !ALLOWED_WORDS.has(word[1])) {
      run.push(token);
      words++;
    } else if (NEUTRAL.test(token) && run.length > 0) run.push(token);
    else close();
  }
  close();
  return runs;
}

export function englishSentences(text: string): string[] {
  let cleaned = text;
  for (const pattern of ALLOWED_NAMES) cleaned = cleaned.replace(pattern, ' ');
  return cleaned.split(/[\t\n\r]+/).flatMap(runsIn);
}
