/**
 * Campaign colours as the map's style holds them: the `match` on the campaign inside a
 * layer's colour expression (see campaignColour), read back so a legend shows exactly the
 * colours drawn. "" keys the fallback colour of reports outside every campaign.
 */
export function campaignColoursOf(expression: unknown): Map<string, string> {
  const colours = new Map<string, string>();
  const match = findMatch(expression);
  if (!match) {
    const single = colourLiteral(expression);
    if (single) colours.set("", single);
    return colours;
  }
  const arms = match.slice(2);
  for (let i = 0; i + 1 < arms.length; i += 2) {
    const colour = colourLiteral(arms[i + 1]);
    if (typeof arms[i] === "string" && colour) colours.set(arms[i] as string, colour);
  }
  const fallback = colourLiteral(arms.at(-1));
  if (fallback) colours.set("", fallback);
  return colours;
}

function findMatch(expression: unknown): unknown[] | null {
  if (!Array.isArray(expression)) return null;
  if (expression[0] === "match") return expression;
  for (const part of expression) {
    const found = findMatch(part);
    if (found) return found;
  }
  return null;
}

function colourLiteral(value: unknown): string | null {
  if (typeof value === "string" && value.startsWith("#")) return value;
  if (Array.isArray(value) && value[0] === "to-color") return colourLiteral(value[1]);
  return null;
}
