import type { PlaceReport, Quote } from "../contract/placeReport";

/**
 * CSV per RFC 4180: CRLF line ends, fields with a comma, quote or line break are quoted and
 * inner quotes doubled. Text that came from articles could start a spreadsheet formula
 * (`=HYPERLINK(...)`), so text cells starting with = + - @ (or their full-width forms), also
 * after leading whitespace or zero-width characters, or with a tab, CR or LF, get a leading
 * single quote (OWASP's CSV-injection rules). Numbers are ours and stay
 * numbers: a negative distance is not a formula.
 */

type Cell = string | number | null;

// A formula character after any run of whitespace or invisible characters (spreadsheets skip
// them), in ASCII or its full-width form (＝＋－＠, which some spreadsheets read as ASCII).
const FORMULA_START = /^[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRecord(cells: readonly Cell[]): string {
  return cells.map(csvField).join(",");
}

const COLUMNS = [
  "place_id", "name", "mention", "country", "admin1", "admin2", "kind", "role",
  "date_start", "date_end", "time_precision", "date_source", "geo_precision", "container_name", "confidence", "campaign",
  "lon", "lat", "border_distance_km", "source_id", "source_outlet", "source_title",
  "source_url", "source_published", "source_path", "quote", "review",
  "claimant_kinds", "contested", "claimants", "quote_claimants",
] as const;

/** "Vyacheslav Gladkov (russian_official)"; null for a quote written before attribution. */
function claimantOf(quote: Quote): string | null {
  if (!quote.claimant_kind) return null;
  return `${quote.claimant ?? "unnamed"} (${quote.claimant_kind})`;
}

function reportRow({ properties: p, geometry }: PlaceReport): Cell[] {
  const [lon, lat] = geometry.coordinates;
  return [
    p.place_id, p.name, p.mention, p.country, p.admin1, p.admin2, p.kind, p.role,
    p.date_start, p.date_end, p.time_precision, p.date_source ?? null, p.geo_precision, p.container_name ?? null, p.confidence, p.campaign,
    lon, lat, p.border_distance_km, p.source_id, p.source_outlet, p.source_title,
    p.source_url, p.source_published, p.source_path,
    // Several quotes of one place in one article share a cell, one per line.
    p.quotes.map((q) => q.text).join("\n"),
    p.review ?? null,
    // Empty, not "false" or "none", where the dataset predates attribution.
    p.claimant_kinds?.join(";") ?? null,
    p.contested === undefined ? null : String(p.contested),
    [...new Set(p.quotes.map(claimantOf).filter((c) => c !== null))].join("; ") || null,
    // One line per quote, beside the quote column's lines.
    p.quotes.some((q) => q.claimant_kind) ? p.quotes.map((q) => (q.claimant_kind ? `${claimantOf(q)}: ${q.stance ?? "none"}` : "")).join("\n") : null,
  ];
}

/** One header row and one row per report, each record ended by CRLF. */
export function placeReportsToCsv(reports: readonly PlaceReport[]): string {
  return [csvRecord([...COLUMNS]), ...reports.map((r) => csvRecord(reportRow(r)))].map((line) => `${line}\r\n`).join("");
}
