/**
 * A string function's answers kept per input, for folds that names and mentions repeat
 * across a corpus ("Kursk", "Ukraine"). The memo is emptied when it reaches `limit`
 * entries, so a long archive cannot grow it without bound.
 */
export function memoFold(fold: (text: string) => string, limit = 100_000): (text: string) => string {
  const answers = new Map<string, string>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = fold(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
