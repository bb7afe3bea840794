import { gzipSync } from "node:zlib";
import { Compression, TileType, zxyToTileId } from "pmtiles";

/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
 * The `pmtiles` package only reads archives, so the few pieces of the format a
 * writer needs live here: header, varint directories, leaf directories when the
 * root would not fit in the first 16 KiB. Tiles are stored gzip-compressed and
 * clustered (in tile-id order), which is what readers expect for range requests.
 */

export interface TileAt {
  z: number;
  x: number;
  y: number;
  /** Uncompressed MVT bytes. */
  bytes: Uint8Array;
}

export interface ArchiveInfo {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** JSON metadata (vector_layers etc.), stored gzip-compressed. */
  metadata: Record<string, unknown>;
}

interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  /** 0 marks an entry that points at a leaf directory. */
  runLength: number;
}

const HEADER_BYTES = 127;
/** The spec requires header + root directory within the first 16,384 bytes. */
const MAX_ROOT_BYTES = 16_384 - HEADER_BYTES;

/** Directory size limits; only tests lower them, to reach leaf directories with few tiles. */
interface DirectoryLimits {
  maxRootBytes: number;
  firstLeafSize: number;
}

const SPEC_LIMITS: DirectoryLimits = { maxRootBytes: MAX_ROOT_BYTES, firstLeafSize: 4096 };

export function buildArchive(tiles: readonly TileAt[], info: ArchiveInfo, limits = SPEC_LIMITS): Uint8Array {
  const ordered = tiles
    .map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), data: gzipSync(tile.bytes) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: DirectoryEntry[] = [];
  let tileDataLength = 0;
  for (const [index, tile] of ordered.entries()) {
    if (index > 0 && ordered[index - 1]!.tileId === tile.tileId) {
      throw new Error(`tiles: tile id ${tile.tileId} given twice`);
    }
    entries.push({ tileId: tile.tileId, offset: tileDataLength, length: tile.data.length, runLength: 1 });
    tileDataLength += tile.data.length;
  }
  const { root, leaves } = buildDirectories(entries, limits);
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(info.metadata)));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const tileDataOffset = leavesOffset + leaves.length;
  const header = serializeHeader({
    rootOffset, rootLength: root.length,
    metadataOffset, metadataLength: metadata.length,
    leavesOffset, leavesLength: leaves.length,
    tileDataOffset, tileDataLength,
    tileCount: entries.length,
    info,
  });

  const archive = new Uint8Array(tileDataOffset + tileDataLength);
  archive.set(header, 0);
  archive.set(root, rootOffset);
  archive.set(metadata, metadataOffset);
  archive.set(leaves, leavesOffset);
  let cursor = tileDataOffset;
  for (const tile of ordered) {
    archive.set(tile.data, cursor);
    cursor += tile.data.length;
  }
  return archive;
}

/** Grows the leaf size until the root directory fits, as the reference writer does. */
function buildDirectories(entries: DirectoryEntry[], limits: DirectoryLimits): { root: Uint8Array; leaves: Uint8Array } {
  const flat = gzipSync(serializeDirectory(entries));
  if (flat.length <= limits.maxRootBytes) return { root: flat, leaves: new Uint8Array(0) };
  for (let leafSize = limits.firstLeafSize; ; leafSize *= 2) {
    const rootEntries: DirectoryEntry[] = [];
    const leafChunks: Uint8Array[] = [];
    let leavesLength = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const chunk = entries.slice(start, start + leafSize);
      const leaf = gzipSync(serializeDirectory(chunk));
      rootEntries.push({ tileId: chunk[0]!.tileId, offset: leavesLength, length: leaf.length, runLength: 0 });
      leafChunks.push(leaf);
      leavesLength += leaf.length;
    }
    const root = gzipSync(serializeDirectory(rootEntries));
    if (root.length <= limits.maxRootBytes || rootEntries.length === 1) {
      return { root, leaves: concat(leafChunks, leavesLength) };
    }
  }
}

function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    writeVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) writeVarint(out, entry.runLength);
  for (const entry of entries) writeVarint(out, entry.length);
  for (const [index, entry] of entries.entries()) {
    const previous = entries[index - 1];
    // 0 means "right after the previous entry"; anything else is offset + 1.
    const contiguous = previous !== undefined && entry.offset === previous.offset + previous.length;
    writeVarint(out, contiguous ? 0 : entry.offset + 1);
  }
  return Uint8Array.from(out);
}

/** Tile ids pass 2^32 from zoom 16 on, so this avoids 32-bit bit operators. */
function writeVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

interface HeaderFields {
  rootOffset: number; rootLength: number;
  metadataOffset: number; metadataLength: number;
  leavesOffset: number; leavesLength: number;
  tileDataOffset: number; tileDataLength: number;
  tileCount: number;
  info: ArchiveInfo;
}

function serializeHeader(fields: HeaderFields): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode("PMTiles"), 0);
  view.setUint8(7, 3);
  const sizes = [
    fields.rootOffset, fields.rootLength, fields.metadataOffset, fields.metadataLength,
    fields.leavesOffset, fields.leavesLength, fields.tileDataOffset, fields.tileDataLength,
    fields.tileCount, fields.tileCount, fields.tileCount,
  ];
  sizes.forEach((value, index) => view.setBigUint64(8 + index * 8, BigInt(value), true));
  view.setUint8(96, 1); // clustered
  view.setUint8(97, Compression.Gzip);
  view.setUint8(98, Compression.Gzip);
  view.setUint8(99, TileType.Mvt);
  const { minZoom, maxZoom, bounds } = fields.info;
  view.setUint8(100, minZoom);
  view.setUint8(101, maxZoom);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  view.setInt32(102, e7(bounds[0]), true);
  view.setInt32(106, e7(bounds[1]), true);
  view.setInt32(110, e7(bounds[2]), true);
  view.setInt32(114, e7(bounds[3]), true);
  view.setUint8(118, minZoom);
  view.setInt32(119, e7((bounds[0] + bounds[2]) / 2), true);
  view.setInt32(123, e7((bounds[1] + bounds[3]) / 2), true);
  return bytes;
}

function concat(chunks: readonly Uint8Array[], totalLength: number): Uint8Array {
  const out = new Uint8Array(totalLength);
  let cursor = 0;
  for (const chunk of chunks) {
    out.set(chunk, cursor);
    cursor += chunk.length;
  }
  return out;
}
