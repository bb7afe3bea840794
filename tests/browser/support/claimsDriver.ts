import type { MapDriver } from "./driver";

/** The claims filter, in the words of a reader choosing whose claims to see; wraps the core MapDriver. */
export class ClaimsDriver {
  constructor(readonly map: MapDriver) {}

  /** Ticks exactly these kinds of claimant in the toolbar's claims list (none: every report). */
  async showClaimsBy(kinds: readonly string[]): Promise<void> {
    const page = this.map.page;
    const filter = page.getByTestId("claims-filter");
    if (!(await filter.isVisible())) await this.map.pressToolbarButton("claims-toggle");
    await filter.waitFor();
    for (const box of await page.locator('[data-testid^="claims-kind-"]').all()) {
      const kind = (await box.getAttribute("data-testid"))!.replace("claims-kind-", "");
      await box.setChecked(kinds.includes(kind));
    }
  }

  async showEveryClaim(): Promise<void> {
    const page = this.map.page;
    if (!(await page.getByTestId("claims-filter").isVisible())) await this.map.pressToolbarButton("claims-toggle");
    await page.getByTestId("claims-all").click();
  }

  /** Closes the list of claimant kinds as a keyboard user does. */
  async closeClaims(): Promise<void> {
    await this.map.press("Escape");
    await this.map.page.getByTestId("claims-filter").waitFor({ state: "hidden" });
  }

  /** What the toolbar's claims button says ("Claims: all", "Claims: 2 of 6"). */
  async claimsButton(): Promise<string> {
    return (await this.map.page.getByTestId("claims-toggle").textContent()) ?? "";
  }

  /** The kinds ticked in the claims list, read from the boxes. */
  async tickedClaims(): Promise<string[]> {
    const page = this.map.page;
    if (!(await page.getByTestId("claims-filter").isVisible())) await this.map.pressToolbarButton("claims-toggle");
    return page.locator('[data-testid^="claims-kind-"]:checked').evaluateAll((boxes) =>
      boxes.map((b) => (b.getAttribute("data-testid") ?? "").replace("claims-kind-", "")));
  }
}
