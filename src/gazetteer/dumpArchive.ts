import { unzipSync } from "fflate";

/**
 * GeoNames ships each country as a zip holding `XX.txt` (and a readme). Pure: bytes in,
 * text lines out; downloading and storing live in src/cli/.
 */

/**
 * The bytes of one member of a zip archive; `where` names the archive in errors.
 * fflate checks the archive's structure and the deflate stream but not the CRC, so the
 * size recorded in the archive is compared too: a damaged archive is refused here, before
 * anything is parsed or written.
 */
export function readZipMember(zip: Uint8Array, member: string, where: string): Uint8Array {
  const found: string[] = [];
  let recordedSize = -1;
  let files;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        found.push(file.name);
        if (file.name !== member) return false;
        recordedSize = file.originalSize;
        return true;
      },
    });
  } catch (error) {
    throw new Error(`${where}: not a readable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  const bytes = files[member];
  if (bytes === undefined) {
    throw new Error(`${where}: the archive holds no ${member} (found ${found.length > 0 ? found.join(", ") : "no files"})`);
  }
  if (bytes.length !== recordedSize) {
    throw new Error(`${where}: ${member} unpacks to ${bytes.length} bytes, the archive records ${recordedSize}: the archive is damaged`);
  }
  return bytes;
}

/**
 * The lines of UTF-8 text, without their line ends. Decoded a piece at a time, so a
 * 100 MB dump is never one string.
 */
export function* linesOf(bytes: Uint8Array, pieceBytes = 1 << 20): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  let carried = "";
  for (let start = 0; start < bytes.length; start += pieceBytes) {
    const end = Math.min(start + pieceBytes, bytes.length);
    // stream: a character split across two pieces is decoded whole with the next one.
    const lines = (carried + decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length })).split("\n");
    carried = lines.pop()!;
    for (const line of lines) yield line.endsWith("\r") ? line.slice(0, -1) : line;
  }
  if (carried !== "") yield carried.endsWith("\r") ? carried.slice(0, -1) : carried;
}
