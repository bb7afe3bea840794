import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { linesOf, readZipMember } from "../../src/gazetteer/dumpArchive";
import { geonamesZip, ruDumpText } from "../fixtures/geonames/archives";

const URL = "http://127.0.0.1/RU.zip";

describe("reading a GeoNames zip archive", () => {
  it("takes RU.txt out of an archive that also holds a readme", () => {
    const bytes = readZipMember(geonamesZip("RU.txt", ruDumpText), "RU.txt", URL);
    expect(new TextDecoder().decode(bytes)).toBe(ruDumpText);
  });

  it("refuses bytes that are not a zip, naming the address", () => {
    expect(() => readZipMember(strToU8("<html>Service unavailable</html>"), "RU.txt", URL)).toThrow(
      "http://127.0.0.1/RU.zip: not a readable zip archive (invalid zip data)",
    );
  });

  it("refuses a cut-off archive", () => {
    const zip = geonamesZip("RU.txt", ruDumpText);
    expect(() => readZipMember(zip.subarray(0, zip.length - 40), "RU.txt", URL)).toThrow(/RU\.zip: not a readable zip archive/);
  });

  it("refuses an archive whose compressed data was damaged", () => {
    const zip = geonamesZip("RU.txt", ruDumpText.repeat(20));
    for (let i = 60; i < 120; i++) zip[i] = zip[i]! ^ 0xff;
    expect(() => readZipMember(zip, "RU.txt", URL)).toThrow(/^http:\/\/127\.0\.0\.1\/RU\.zip: not a readable zip archive \(invalid/);
  });

  it("refuses an archive whose directory records another size than the dump unpacks to", () => {
    const zip = zipSync({ "RU.txt": strToU8(ruDumpText) }, { level: 0 });
    const view = new DataView(zip.buffer);
    const directory = zip.findIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    // The uncompressed size of the central directory entry (APPNOTE 4.3.12).
    view.setUint32(directory + 24, ruDumpText.length + 10, true);
    expect(() => readZipMember(zip, "RU.txt", URL)).toThrow(
      `${URL}: RU.txt unpacks to ${strToU8(ruDumpText).length} bytes, the archive records ${ruDumpText.length + 10}: the archive is damaged`,
    );
  });

  it("says which files an archive without the dump holds", () => {
    const zip = zipSync({ "UA.txt": strToU8("x"), "readme.txt": strToU8("y") });
    expect(() => readZipMember(zip, "RU.txt", URL)).toThrow("http://127.0.0.1/RU.zip: the archive holds no RU.txt (found UA.txt, readme.txt)");
  });
});

describe("splitting a dump into lines", () => {
  it("keeps a Cyrillic letter whole when it falls across two pieces, and drops CRLF line ends", () => {
    const bytes = strToU8("Тёткино\r\nГлотово\nend", false);
    expect([...linesOf(bytes, 3)]).toEqual(["Тёткино", "Глотово", "end"]);
  });

  it("gives no empty line after a final line end", () => {
    expect([...linesOf(strToU8("a\nb\n"))]).toEqual(["a", "b"]);
  });
});
