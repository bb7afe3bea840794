import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { findChromium, noChromiumMessage } from "./findChromium";

/** The one place that knows how Chromium is launched; WebGL runs on SwiftShader headless. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(noChromiumMessage());
  return chromium.launch({
    executablePath,
    args: [
      "--headless=new", "--no-sandbox", "--disable-gpu", "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
}

export interface PageSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for that was not on localhost; requests there are refused. */
  outsideRequests: string[];
  dialogs: string[];
  pageErrors: string[];
  /** The address of each web worker the page started. */
  workers: string[];
  /** Console warnings and errors, for diagnosing a page that never settles. */
  consoleMessages: string[];
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "data:" || parsed.protocol === "blob:") return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

/** A fresh context that behaves as if offline: anything leaving localhost is logged and aborted. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1024, height: 700 },
): Promise<PageSession> {
  const context = await browser.newContext({ viewport });
  const outsideRequests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const workers: string[] = [];
  const consoleMessages: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("worker", (worker) => workers.push(worker.url()));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") consoleMessages.push(`${message.type()}: ${message.text()}`);
  });
  return { context, page, outsideRequests, dialogs, pageErrors, workers, consoleMessages, close: () => context.close() };
}
