import { describe, expect, it } from "vitest";
import type { PlaceKind } from "../../src/contract/placeReport";
import { callsItAPlace, placeUnknownName, type Landmark } from "../../src/pipeline/containers";

/**
 * `sentence` with the unknown name and each resolved place written in braces:
 * "{Kremyanoye} in the [Sudzha district:district]". Kinds follow a colon; a landmark is
 * generic when its text ends in a generic word.
 */
function place(marked: string) {
  let sentence = "";
  let name = { start: -1, end: -1 };
  const landmarks: (Landmark & { text: string })[] = [];
  const parts = marked.split(/(\{[^}]+\}|\[[^\]]+\])/);
  for (const part of parts) {
    if (part.startsWith("{")) {
      const text = part.slice(1, -1);
      name = { start: sentence.length, end: sentence.length + text.length };
      sentence += text;
    } else if (part.startsWith("[")) {
      const [text, kind] = part.slice(1, -1).split(":") as [string, PlaceKind];
      landmarks.push({ text, start: sentence.length, end: sentence.length + text.length, kind, generic: /(?:region|district|oblast)$/i.test(text) });
      sentence += text;
    } else sentence += part;
  }
  const placement = placeUnknownName(sentence, name, landmarks);
  return placement && { at: landmarks[placement.landmark]!.text, precision: placement.precision };
}

describe("an unknown village placed in the unit the text names", () => {
  it.each([
    ["the village of {Kremyanoye} in the [Glushkovo district:district] was shelled", "Glushkovo district", "district"],
    ["troops took {Kremyanoye}, a village in [Kursk region:region]'s [Sudzha district:district]", "Sudzha district", "district"],
    ["drones hit {Glotovo} ([Belgorod region:region]) overnight", "Belgorod region", "region"],
    ["shelling was reported in {Glotovo}, [Belgorod region:region], on Monday", "Belgorod region", "region"],
    ["a house burned in the [Shebekino district:district] village of {Murom}", "Shebekino district", "district"],
    ["fighting went on near {Glotovo} in the [Belgorod region:region]", "Belgorod region", "region"],
    ["{Kremyanoye}, which lies in [Russia:country]'s [Kursk Oblast:region], fell", "Kursk Oblast", "region"],
    ["{Kremyanoye} is a small border village in the [Sudzha district:district] of the [Kursk region:region]", "Sudzha district", "district"],
    ["raiders entered the [Belgorod region:region]'s border villages of {Glotovo} and [Kozinka:settlement]", "Belgorod region", "region"],
  ])("%s", (sentence, at, precision) => {
    expect(place(sentence)).toEqual({ at, precision });
  });

  it("gives every name of a list the unit that follows the list", () => {
    expect(place("the villages of {Kremyanoye}, [Kozinka:settlement] and Glotovo in the [Belgorod region:region]")).toEqual({ at: "Belgorod region", precision: "region" });
  });
});

describe("an unknown village placed next to a settlement the text names", () => {
  it.each([
    ["fighting raged in {Kremyanoye}, near [Sudzha:settlement]"],
    ["drones struck {Glotovo}, a village outside [Shebekino:settlement], overnight"],
    ["shells fell on {Popovo}, 5 km from [Tyotkino:settlement]"],
    ["{Popovo}, a hamlet some 3 miles south-west of [Tyotkino:settlement], was evacuated"],
    ["{Popovo}, just outside the town of [Sudzha:settlement], was hit"],
    ["{Popovo} lies five kilometres from [Tyotkino:settlement]"],
  ])("%s", (sentence) => {
    expect(place(sentence)?.precision).toBe("near");
  });

  it("prefers the neighbour to the region when the text gives both", () => {
    expect(place("{Glotovo}, a village in the [Belgorod region:region] near [Shebekino:settlement], was shelled")).toEqual({ at: "Shebekino", precision: "near" });
  });
});

describe("what does not place an unknown name", () => {
  it("a settlement measured from too far away to call the name near it", () => {
    expect(place("{Popovo}, 60 km from [Kursk:settlement], was hit")).toBeNull();
  });
  it("a city named with 'in', which may mean the city or its region", () => {
    expect(place("the village of {Glotovo} in [Belgorod:settlement] was shelled")).toBeNull();
  });
  it("a unit named after the name with no link between them", () => {
    expect(place("{Glotovo} said the [Belgorod region:region] was quiet")).toBeNull();
  });
  it("a person described by the region they come from", () => {
    expect(place("{Tatyana Kuzmina}, [Belgorod region:region] resident, said her street was hit")).toBeNull();
    expect(place("{Tatyana Kuzmina}, a [Belgorod:settlement] resident, said her street was hit")).toBeNull();
  });
  it("a region named bare after a comma, without its generic word", () => {
    expect(place("shelling hit {Glotovo}, [Belgorod:region] and Kursk")).toBeNull();
  });
  it("a country", () => {
    expect(place("the village of {Glotovo} in [Russia:country] was shelled")).toBeNull();
  });
});

describe("words after a name that call it a place", () => {
  it.each([", a village in the Sudzha district", " is a small village 5 km from Sudzha", " (Belgorod region) overnight", ", 5 km from Tyotkino", ", near Sudzha", ", just outside the town of Sudzha"])(
    "%j", (after) => expect(callsItAPlace(after)).toBe(true));
  it.each([", a Belgorod resident, said", ", a village resident, said", ", 45, said", " said on Tuesday", ", near the hospital", " (pictured)"])(
    "not %j", (after) => expect(callsItAPlace(after)).toBe(false));
});
