/**
 * The 2023 raids against the 2024 offensive: the comparison newsrooms asked for first.
 * Its own module so the toolbar button can name it without loading the stats code.
 */
export const DEFAULT_COMPARE: [string, string] = ["belgorod-2023", "kursk-2024"];
