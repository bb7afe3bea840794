import { describe, expect, it } from "vitest";
import { classifyOccurrence, sentenceCues } from "../../src/pipeline/roles";

const roleOf = (sentence: string, name: string) => {
  const i = sentence.indexOf(name);
  return classifyOccurrence(sentenceCues(sentence, false), name, sentence.slice(0, i), sentence.slice(i + name.length)).role;
};

describe("the role of a place in a sentence", () => {
  it("is an event where a village was captured", () => expect(roleOf("Fighters captured the village of Kozinka.", "Kozinka")).toBe("event"));
  it("is an event where troops are stationed", () => expect(roleOf("A soldier stationed in nearby Ruska Lozova spoke.", "Ruska Lozova")).toBe("event"));
  it("is an event for a front named after a town", () => expect(roleOf("42 clashes were recorded on the Pokrovsk front.", "Pokrovsk")).toBe("event"));
  it.each(["Kharkiv", "Zaporizhzhia"])("is a mention for a front troops were taken from: %s", (name) =>
    expect(roleOf("Reinforcements were rushed to Kursk from the Kharkiv and Zaporizhzhia fronts.", name)).toBe("mention"));
  it("is a mention for a distance reference", () => expect(roleOf("The fighting is 500km from Moscow.", "Moscow")).toBe("mention"));
  it("is a mention for a direction reference", () => expect(roleOf("Raiders attacked towns north of Kharkiv.", "Kharkiv")).toBe("mention"));
  it("is a mention for a capital acting as government", () => expect(roleOf("Putin accused Kyiv of a major provocation after the raid.", "Kyiv")).toBe("mention"));
  it("is a mention for a country as the subject of the clause", () => expect(roleOf("Ukraine carried out strikes deep into Russia.", "Ukraine")).toBe("mention"));
  it("is an event for land inside a country", () => expect(roleOf("Ukraine carried out strikes deep into Russia's interior.", "Russia")).toBe("event"));
  it("is a mention for a neighbour a district borders", () => expect(roleOf("Troops took villages in a district which borders Ukraine's Sumy region.", "Sumy")).toBe("mention"));
  it.each(["Ukraine’s\u00a0", "Ukraine's  ", "Gora-Podol’s\t", "Ukraine's\u2009"])("is a mention for a neighbour a district borders, owner written %j", (owner) =>
    expect(roleOf(`Troops took villages in a district which borders ${owner}Sumy region.`, "Sumy")).toBe("mention"));
  it("is an event where the owner is not written before the name", () =>
    expect(roleOf("Troops took villages in a district which borders Ukrainians Sumy region.", "Sumy")).toBe("event"));
  it("is a mention for a wish to go somewhere", () => expect(roleOf("I want to move on to Novosibirsk and fight there.", "Novosibirsk")).toBe("mention"));
  it("is a mention where the name only says where a destroyed bridge led", () =>
    expect(roleOf("Civilians described hours of bombardment before the bridge to Podil was destroyed.", "Podil")).toBe("mention"));
  it("is a mention inside a time zone", () => expect(roleOf("As of 1.30 p.m. London time they entered the district.", "London")).toBe("mention"));
  it.each([
    "Ukraine said its forces had taken full control of Sudzha.",
    "Ukrainian forces controlled Sudzha by the evening.",
    "Sudzha is now under Ukrainian control, the army said.",
  ])("is an event where forces took control: %j", (sentence) => expect(roleOf(sentence, "Sudzha")).toBe("event"));
  it("is an event where forces control settlements", () =>
    expect(roleOf("Ukraine's forces now control 74 settlements in Russia's Kursk Oblast, Zelensky says.", "Kursk")).toBe("event"));
  it("is an event where a station was damaged", () => expect(roleOf("Photos show damage to the Sudzha gas measuring station.", "Sudzha")).toBe("event"));
  it("is an event for a passive capture", () => expect(roleOf("Tiotkino was captured by the raiders.", "Tiotkino")).toBe("event"));
  it("is a mention in the name of a war", () => expect(roleOf("Peacekeepers in the Donbas war failed amid fighting.", "Donbas")).toBe("mention"));
});

describe("places named for the officials who speak for them", () => {
  it.each([
    ["Two civilians were killed by shelling, Belgorod governor Vyacheslav Gladkov said.", "Belgorod"],
    ["Drones struck the city overnight, the Kharkiv mayor said.", "Kharkiv"],
    ["Kursk authorities said 12 civilians had been killed.", "Kursk"],
    ["Shelling wounded two, the governor of Belgorod said.", "Belgorod"],
    ["Shelling wounded two, said the head of the Kursk region.", "Kursk"],
  ])("is a mention in %j", (sentence, name) => expect(roleOf(sentence, name)).toBe("mention"));
  it("is still an event where the officials' place was hit", () =>
    expect(roleOf("A drone hit an administration building in Belgorod, officials said.", "Belgorod")).toBe("event"));
});

describe("where people speak and what capitals do", () => {
  it("is a mention where a leader was speaking", () =>
    expect(roleOf("Zelensky, speaking in Kyiv on Saturday, said the offensive had taken 80 settlements.", "Kyiv")).toBe("mention"));
  it.each(["gave", "offered", "promised", "told", "warned", "helped"])("is a mention for a capital its government stands for: %s Kyiv", (verb) =>
    expect(roleOf(`The capture of Sudzha ${verb} Kyiv a bargaining chip.`, "Kyiv")).toBe("mention"));
  it("is a mention for a capital moving its troops", () =>
    expect(roleOf("Minsk moved troops to its border with Ukraine after the attack.", "Minsk")).toBe("mention"));
  it("is a mention for a place an operation aimed to protect", () =>
    expect(roleOf("He said the operation aimed to create a buffer zone to protect the Sumy region from shelling.", "Sumy")).toBe("mention"));
});

describe("capitals as speakers", () => {
  it("is a mention where officials in a capital speak", () => expect(roleOf("In Kyiv, officials denied any role in the raid.", "Kyiv")).toBe("mention"));
  it("is an event where something happened in the capital", () => expect(roleOf("In Kyiv, a drone strike damaged a school.", "Kyiv")).toBe("event"));
});

describe("speakers, pressure and sabotage", () => {
  const sentence = "Weeks after troops crossed the border, officials in Washington, Berlin and Brussels are still asking why.";
  it.each(["Washington", "Berlin", "Brussels"])("is a mention for %s, where officials speak", (name) => expect(roleOf(sentence, name)).toBe("mention"));
  it("is a mention for a capital pressed to act", () => expect(roleOf("The raid is meant to force Moscow to pull troops from the front.", "Moscow")).toBe("mention"));
  it("is an event where bridges were blown up", () => expect(roleOf("Units have blown up bridges near Glushkovo.", "Glushkovo")).toBe("event"));
});
