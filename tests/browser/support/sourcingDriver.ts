import type { MapDriver } from "./driver";

export interface QuoteParts {
  before: string;
  marked: string;
  after: string;
}

/** The sourcing panel, in the words of a reader checking who reported a place; wraps the core MapDriver. */
export class SourcingDriver {
  constructor(readonly map: MapDriver) {}

  private get panel() {
    return this.map.page.getByTestId("sourcing-panel");
  }

  /** As a keyboard user opens it: the focus on the place's row in the list, then Enter. */
  async openFromListWithKeyboard(name: string): Promise<void> {
    await this.map.listedItem(name).focus();
    await this.map.press("Enter");
    await this.panel.waitFor();
  }

  /** Opens the first provisional report offered by the list of names still to place. */
  async openProvisionalFromUnresolved(): Promise<void> {
    const page = this.map.page;
    await page.getByTestId("unresolved-list").locator("summary").click();
    await page.getByTestId("show-provisional").first().click();
  }

  /** The quotes in the panel, split around the highlighted mention. */
  async quotes(): Promise<QuoteParts[]> {
    return this.map.page.getByTestId("source-quote").evaluateAll((quotes) =>
      quotes.map((quote) => {
        const mark = quote.querySelector("mark");
        const text = quote.textContent ?? "";
        const marked = mark?.textContent ?? "";
        const at = mark ? text.indexOf(marked) : -1;
        return { before: at >= 0 ? text.slice(0, at) : text, marked, after: at >= 0 ? text.slice(at + marked.length) : "" };
      }));
  }

  /** How many independent outlets the panel says reported the place ("2 independent outlets"). */
  async outletCount(): Promise<string> {
    return (await this.map.page.getByTestId("outlet-count").textContent()) ?? "";
  }

  /** The panel's warning that the articles disagree on the date. */
  async dateDisagreement(): Promise<string> {
    return (await this.map.page.getByTestId("date-disagreement").textContent()) ?? "";
  }

  async showsDateDisagreement(): Promise<boolean> {
    return (await this.map.page.getByTestId("date-disagreement").count()) > 0;
  }

  /** The day each listed article was published, in the panel's order. */
  async publishedDates(): Promise<(string | null | undefined)[]> {
    return this.map.page.getByTestId("source-item").evaluateAll((items) =>
      items.map((item) => item.querySelector("dd")?.textContent));
  }

  /** The title of the one article listed. */
  async articleTitle(): Promise<string | null> {
    return this.map.page.getByTestId("source-title").textContent();
  }

  /** How many images the panel shows (its text never makes any). */
  async images(): Promise<number> {
    return this.panel.locator("img").count();
  }

  /** Each link in the panel as its address and its rel. */
  async links(): Promise<(string | null)[][]> {
    return this.panel.locator("a").evaluateAll((links) =>
      links.map((a) => [a.getAttribute("href"), a.getAttribute("rel")]));
  }

  /** The panel's words on where a village placed only approximately lies. */
  async approximateNote(): Promise<string | null> {
    return this.map.page.getByTestId("approximate-note").textContent();
  }

  async showsApproximateNote(): Promise<boolean> {
    return (await this.map.page.getByTestId("approximate-note").count()) > 0;
  }
}
