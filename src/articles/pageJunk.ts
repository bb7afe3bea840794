/**
 * Web-page leftovers in articles saved as text: tag-manager iframes, share
 * buttons, language pickers, dateline stamps, and the comments and "related"
 * blocks that trail the story. Lines are blanked, not removed, so line numbers
 * in the cleaned text are those of the original and paragraphs stay apart.
 */
const JUNK_LINE: RegExp[] = [
  /^<[^>]*>?$/, // a stray tag
  /^(?:facebook|twitter|x|linkedin|reddit|telegram|whatsapp|email|e-mail|print|share|tweet|copy link|pinterest|youtube|instagram)$/i,
  /^(?:facebook|twitter|x|youtube|instagram|telegram|tiktok)\s*:\s*\S+$/i,
  /^(?:follow|subscribe|sign up|log in|already a subscriber|click here|surf tip|advertisement|close|menu|search)\b.*$/i,
  /^[\p{P}\p{S}\s]+$/u, // rules of underscores, bullets
  /^(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$/u, // dateline stamp
  /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/i, // time stamp
  /^[\p{Lu}\d\s]{6,}$/u, // SHOUTED UI LABEL
  /^\[(?:…|\.\.\.)\].*$/, // pingback excerpt
];

// Where the story ends and the page's tail begins.
const TAIL_MARKER = /^(?:\d+\s+)?(?:comments?|responses?|related(?: news| articles| stories| posts)?|read (?:also|more)|more from|you may also like|recommended|don't miss out|got something to add\??.*)\s*:?$/i;
const PARAGRAPH_CHARS = 300;

export function stripPageJunk(text: string): string {
  const lines = text.split("\n");
  const cut = tailStart(lines);
  return lines.map((line, i) => (i >= cut || isJunk(line.trim()) ? "" : line)).join("\n");
}

function isJunk(line: string): boolean {
  if (!line) return false;
  // A single capitalised word on its own line is a section label ("World", "Comments").
  if (/^\p{Lu}\p{Ll}+$/u.test(line)) return true;
  return JUNK_LINE.some((re) => re.test(line));
}

/**
 * The first tail marker after which no real paragraph follows. One pass from the end finds
 * the last real paragraph, so the text is read once however many markers it holds.
 */
function tailStart(lines: string[]): number {
  let lastParagraph = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line.length >= PARAGRAPH_CHARS && !/^\[(?:…|\.\.\.)\]/.test(line)) {
      lastParagraph = i;
      break;
    }
  }
  // The long line may be the marker itself ("Got something to add? …"): only the lines after it count.
  for (let i = Math.max(lastParagraph, 0); i < lines.length; i++) if (TAIL_MARKER.test(lines[i]!.trim())) return i;
  return lines.length;
}
