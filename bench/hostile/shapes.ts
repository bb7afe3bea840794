/**
 * Article texts of adversarial shapes, each made at a given size (in repetitions of its
 * unit), for checking that geoparsing time grows linearly with the input. Every shape
 * once took quadratic time somewhere in the reading of an article.
 */
export interface AdversarialShape {
  name: string;
  /** The text of an article `units` repetitions long. */
  text(units: number): string;
}

// Distinct made-up capitalised names no gazetteer holds: "Zabkino", "Zacdino"…
const madeUpName = (i: number) => {
  const letters = "bcdfghklmnprstvz";
  let name = "";
  for (let n = i + letters.length; n > 0; n = Math.floor(n / letters.length)) name += letters[n % letters.length] + "a";
  return `Z${name}kino`;
};

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  // Tail markers ("Comments") on short lines before one long paragraph.
  { name: "short tail-marker lines before a long one", text: (n) => "Troops entered Sudzha.\n" + "Comments\n".repeat(n) + "x".repeat(400) },
  // Short lines of any kind before a long one.
  { name: "short lines before a long one", text: (n) => "Troops entered Sudzha.\n" + "Related\nok\n".repeat(n) + "word ".repeat(100) },
  { name: "one name repeated in one run", text: (n) => "Fighting near " + "Belgorod ".repeat(n) + "went on." },
  { name: "one name repeated in a list", text: (n) => "Shelling hit " + "Belgorod, ".repeat(n) + "and Kursk." },
  { name: "one name in many sentences", text: (n) => "Troops shelled Belgorod. ".repeat(n) },
  { name: "unknown villages in one list", text: (n) => "Fighting in the villages of " + Array.from({ length: n }, (_, i) => madeUpName(i)).join(", ") + " near Sudzha." },
  { name: "unknown villages in many sentences", text: (n) => Array.from({ length: n }, (_, i) => `Shelling hit the village of ${madeUpName(i)} near Sudzha.`).join(" ") },
  { name: "a run of full stops", text: (n) => "Troops entered Sudzha" + ".".repeat(n * 4) + " then left" },
  { name: "one capitalised word of many letters", text: (n) => "Fighting near Z" + "a".repeat(n * 8) + " went on." },
  { name: "whitespace after a full stop", text: (n) => "Troops entered Sudzha." + " ".repeat(n * 4) + "x" },
];
