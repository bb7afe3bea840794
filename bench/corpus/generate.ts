import type { GazetteerEntry } from "../../src/gazetteer/types";
import { seededRandom, type Random } from "./random";
import { spell, type SpellingKind } from "./spellings";
import {
  CONTEXT_SENTENCES, EVENT_SENTENCES, MENTION_SENTENCES, MONTHS, OUTLETS, TITLES, WEEKDAYS,
} from "./templates";

/**
 * Synthetic news articles for the ingest benchmark: realistic sentence shapes with
 * places drawn from the real gazetteer, spelled the many ways archives spell them,
 * each file a Markdown article with front matter. Same seed, same corpus.
 */

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** Size each article's body grows to, in UTF-8 bytes (about 5 KB like a wire story). */
  targetBytes?: number;
}

export interface SyntheticArticle {
  /** Relative path an archive would give the file. */
  path: string;
  /** The whole file: YAML front matter, then the Markdown body. */
  text: string;
  published: string;
  /** Every place spelled into the text, for inspecting what the generator planted. */
  planted: { placeId: string; surface: string; spelling: SpellingKind }[];
}

interface PlacePools {
  theatre: GazetteerEntry[];
  theatreLarge: GazetteerEntry[];
  capitals: string[];
}

/** The Russia–Ukraine border area the stories are about: Kharkiv, Sumy, Belgorod, Kursk, Bryansk. */
const THEATRE = { west: 33, east: 41, south: 48, north: 53.5 };
/** Capitals that speak in this war's coverage; any the gazetteer lacks are still written as text. */
const NEWS_CAPITALS = ["Moscow", "Kyiv", "Washington", "Brussels", "Minsk", "Berlin", "London", "Paris", "Warsaw", "Beijing"];

function placePools(entries: readonly GazetteerEntry[]): PlacePools {
  const settlements = entries.filter((entry) => entry.kind === "settlement" && entry.featureCode !== "PPLC" && (entry.country === "RU" || entry.country === "UA"));
  const inTheatre = settlements.filter(
    (entry) => entry.lon >= THEATRE.west && entry.lon <= THEATRE.east && entry.lat >= THEATRE.south && entry.lat <= THEATRE.north,
  );
  const theatre = inTheatre.length > 0 ? inTheatre : settlements;
  if (theatre.length === 0) throw new Error("corpus: the gazetteer has no settlement in Russia or Ukraine to write about");
  const theatreLarge = theatre.filter((entry) => entry.population >= 10_000);
  return {
    theatre,
    theatreLarge: theatreLarge.length > 0 ? theatreLarge : theatre,
    capitals: NEWS_CAPITALS,
  };
}

export function generateCorpus(entries: readonly GazetteerEntry[], options: CorpusOptions): SyntheticArticle[] {
  const random = seededRandom(options.seed);
  const pools = placePools(entries);
  return Array.from({ length: options.articles }, (_, index) => generateArticle(index, pools, random, options.targetBytes ?? 5000));
}

function generateArticle(index: number, pools: PlacePools, random: Random, targetBytes: number): SyntheticArticle {
  const published = randomDay(random);
  const planted: SyntheticArticle["planted"] = [];
  const pickPlace = () => (random.chance(0.3) ? random.pick(pools.theatreLarge) : random.pick(pools.theatre));
  // A story circles a few places, as real reports do, rather than naming a new one each sentence.
  const cast = Array.from({ length: random.int(3, 8) }, pickPlace);
  const mention = (entry: GazetteerEntry) => {
    const { surface, kind } = spell(entry.name, entry.altNames, random);
    planted.push({ placeId: entry.id, surface, spelling: kind });
    return surface;
  };
  const fill = (template: string) => {
    const first = random.pick(cast);
    const second = random.pick(cast.filter((entry) => entry !== first).concat(pickPlace()));
    return template
      .replace("{place}", () => mention(first))
      .replace("{place2}", () => mention(second))
      .replace("{region}", () => regionPhrase(first, random))
      .replace("{capital}", () => random.pick(pools.capitals))
      .replace("{capital2}", () => random.pick(pools.capitals))
      .replace("{day}", () => dayPhrase(random))
      .replace("{n}", () => String(random.int(2, 480)));
  };

  const title = fill(random.pick(TITLES));
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sentences = Array.from({ length: random.int(2, 5) }, () => {
      const roll = random.next();
      return fill(random.pick(roll < 0.4 ? EVENT_SENTENCES : roll < 0.55 ? MENTION_SENTENCES : CONTEXT_SENTENCES));
    });
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    bytes += utf8Length(paragraph) + 2;
  }
  const outlet = random.pick(OUTLETS);
  const slug = String(index).padStart(6, "0");
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(outlet)}`,
    `url: https://news.example.org/${published.slice(0, 4)}/${slug}`,
    `published: ${published}`,
    "language: en",
    "---",
  ].join("\n");
  return { path: `synthetic/${slug}.md`, text: `${frontMatter}\n\n# ${title}\n\n${paragraphs.join("\n\n")}\n`, published, planted };
}

function regionPhrase(entry: GazetteerEntry, random: Random): string {
  const admin1 = entry.admin1 ?? "border region";
  const stem = admin1.replace(/ Oblast$/, "");
  return random.chance(0.5) ? `${stem} region` : admin1;
}

function dayPhrase(random: Random): string {
  if (random.chance(0.6)) return random.pick(WEEKDAYS);
  return `${random.int(1, 28)} ${random.pick(MONTHS)}`;
}

/** A publication day from 2022 to 2025. */
function randomDay(random: Random): string {
  const start = Date.UTC(2022, 0, 1);
  const days = Math.floor((Date.UTC(2025, 11, 31) - start) / 86_400_000);
  return new Date(start + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      length += 4;
      i++;
    } else length += 3;
  }
  return length;
}
