import type { AdminNameTables } from "./settlements";
import type { AdminCodeRow } from "./sources";

/**
 * Ukrainian admin1 names in the extract are mostly bare ("Kharkiv", "Sumy"),
 * which collide with the cities of the same name. GeoNames itself writes some
 * of them "Kyiv Oblast"; the rest are brought to that form. The city-status
 * units and Crimea keep their names.
 */
const UKRAINE_KEEP_AS_IS = new Set(["Kyiv City", "Sevastopol City", "Crimea"]);

function admin1DisplayName(code: string, name: string): string {
  if (!code.startsWith("UA.") || UKRAINE_KEEP_AS_IS.has(name) || /\bOblast$/.test(name)) return name;
  return `${name} Oblast`;
}

export function buildAdminNameTables(admin1Rows: AdminCodeRow[], admin2Rows: AdminCodeRow[]): AdminNameTables {
  return {
    admin1: new Map(admin1Rows.map((row) => [row.code, admin1DisplayName(row.code, row.name)])),
    admin2: new Map(admin2Rows.map((row) => [row.code, row.name])),
  };
}
