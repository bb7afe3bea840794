import { findChromium, noChromiumMessage } from "./findChromium";

/** Browser tests need a browser: said first, in one line, rather than in every spec. */
export default function setup(): void {
  if (!findChromium()) throw new Error(noChromiumMessage());
}
