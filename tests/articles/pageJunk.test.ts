import { describe, expect, it } from "vitest";
import { stripPageJunk } from "../../src/articles/pageJunk";

describe("page furniture in saved articles", () => {
  it("blanks share buttons, datelines and shouted labels but keeps the story", () => {
    const text = "SELECT LANGUAGE BELOW\n\nTroops entered Sudzha.\n23 May 2023\n12:01 AM\nFacebook\nTwitter\n";
    expect(stripPageJunk(text).split("\n").filter(Boolean)).toEqual(["Troops entered Sudzha."]);
  });
  it("cuts the comments block that trails the story", () => {
    const text = "Troops entered Sudzha.\nRead also:\nMali rebels report casualties\n4 comments\n[…] incursion into Kursk […]\n";
    expect(stripPageJunk(text).trim()).toBe("Troops entered Sudzha.");
  });
  it("keeps a 'Related' line followed by more of the story", () => {
    const paragraph = "Fighting continued in the Kursk region on Wednesday. ".repeat(8);
    const text = `Intro.\nRelated\n${paragraph}\n`;
    expect(stripPageJunk(text)).toContain("Fighting continued");
  });
  it("keeps line numbers of the original", () => {
    const text = "World\nTroops entered Sudzha.";
    expect(stripPageJunk(text).split("\n").indexOf("Troops entered Sudzha.")).toBe(1);
  });
});
