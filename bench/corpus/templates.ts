/**
 * Sentence shapes taken from how wire services and regional outlets report the
 * border war. Slots: {place} and {place2} are theatre settlements, {region} the
 * first place's region, {capital} and {capital2} capitals, {day} a weekday or date,
 * {n} a number. Sentences without a slot are the context and attribution that
 * make up most of a real article's length.
 */

export const EVENT_SENTENCES: readonly string[] = [
  "Ukrainian forces captured {place} on {day}, the governor of {region} said in a statement.",
  "Shelling hit {place} overnight, damaging {n} houses and a school, officials said.",
  "Residents of {place} were evacuated to {place2} as fighting moved closer to the village.",
  "A sabotage group crossed the border near {place} early on {day}, the defence ministry said.",
  "Drone strikes on {place} killed {n} people and wounded several others, according to local authorities.",
  "Fighting continued on the outskirts of {place}, where armoured vehicles were seen moving towards {place2}.",
  "Troops advanced from {place} towards {place2}, a distance of about {n} kilometres.",
  "The regional administration announced a mandatory evacuation of {place} and nearby villages.",
  "Artillery fire was reported in {place} and {place2} throughout the night.",
  "Russian forces said they had retaken {place} after a counteroffensive that lasted {n} days.",
  "Video geolocated by analysts showed a column of tanks entering {place} from the south.",
  "A power substation in {place} was struck on {day}, leaving about {n} homes without electricity.",
  "Soldiers of the brigade were deployed to {place}, near the border with the {region}.",
  "Authorities in {region} declared a state of emergency after attacks on {place}.",
  "Civilians fleeing {place} described hours of bombardment before the bridge to {place2} was destroyed.",
];

export const MENTION_SENTENCES: readonly string[] = [
  "{place} lies about {n} km from Moscow, closer than any front line since the start of the war.",
  "Officials in {capital} said talks with {capital2} would not resume while the fighting went on.",
  "The commander, who was born in {place}, said his unit had trained for months.",
  "Before the war, {place} was known for its sugar factory and its Sunday market.",
  "Diplomats in {capital} called the raids a provocation aimed at the elections.",
  "Volunteers from {place2} have collected food and medicine for the displaced since the spring.",
  "The mayor of {place} hopes the school can reopen by September.",
  "Analysts in {capital} said the operation was meant to divert troops from the east.",
];

export const CONTEXT_SENTENCES: readonly string[] = [
  "The claims could not be independently verified.",
  "Local authorities did not respond to a request for comment.",
  "The defence ministry gave no figures for its own losses.",
  "Neither side has published a full account of the operation.",
  "Satellite images taken over the weekend show burnt-out vehicles along the main road.",
  "Independent journalists have limited access to the area, and mobile networks have been cut for days.",
  "The governor urged residents to stay in shelters and to follow official channels only.",
  "Military bloggers, who are often critical of the command, accused officers of ignoring warnings.",
  "Humanitarian organisations said they were preparing for a new wave of displaced people.",
  "The incursion was the largest attack on Russian territory since the Second World War.",
  "In a televised meeting, officials promised compensation to families who lost their homes.",
  "Railway services in the region were suspended until further notice.",
  "Prices for fuel and bread have risen sharply in border districts since the summer.",
  "The air defence units reported shooting down dozens of drones over several regions.",
];

export const TITLES: readonly string[] = [
  "Fighting spreads near {place} as evacuations widen",
  "Troops cross the border near {place}",
  "Shelling hits {place} overnight",
  "What we know about the raid on {place}",
  "Residents flee {place} as front line moves",
];

export const OUTLETS: readonly string[] = [
  "The Border Herald", "Eastern Wire", "Kyiv Morning", "Daily Frontier", "Regional Desk", "Steppe News Agency",
];

export const WEEKDAYS: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
