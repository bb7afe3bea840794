/**
 * A function of a text, with its answers kept per input: names and words repeat across a
 * corpus ("Kursk", "Ukraine", "The"). The memo is emptied when it reaches `limit` entries,
 * so a long archive cannot grow it without bound.
 */
export function memoByText<T>(answer: (text: string) => T, limit = 100_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let found = answers.get(text);
    if (found === undefined) {
      if (answers.size >= limit) answers.clear();
      found = answer(text);
      answers.set(text, found);
    }
    return found;
  };
}
