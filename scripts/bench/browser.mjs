// The Chromium the bench drives (Debian's, via scripts/chromium.mjs), two ways:
// Playwright for scripted measurements, and a DevTools port for Lighthouse's Puppeteer page.
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import puppeteer from "puppeteer-core";
import { chromiumArgs, findChromium } from "../chromium.mjs";

async function chromiumPath() {
  const path = await findChromium();
  if (!path)
    throw new Error("no Chromium found ($CHROME_PATH, /usr/bin/chromium or Playwright's own)");
  return path;
}

/** A Playwright browser and a desktop-sized context that accepts the stand-in's self-signed certificate. */
export async function launchPlaywright() {
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: chromiumArgs(),
    headless: true,
  });
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  return { browser, context, version: browser.version() };
}

/**
 * A Chromium with a DevTools port, and one Puppeteer page in it (Lighthouse audits that very tab,
 * so the sign-in it keeps in sessionStorage stays).
 */
export async function launchForLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: ["--headless=new", "--ignore-certificate-errors", ...chromiumArgs()],
    logLevel: "silent",
  });
  // chrome-launcher starts Chromium detached: make sure it goes when the bench goes, however it ends.
  const killChrome = () => void chrome.kill();
  process.once("exit", killChrome);
  try {
    const browser = await puppeteer.connect({
      browserURL: `http://127.0.0.1:${chrome.port}`,
      defaultViewport: null,
      acceptInsecureCerts: true,
    });
    const page = await browser.newPage();
    return {
      page,
      close: async () => {
        await browser.disconnect().catch(() => {});
        process.off("exit", killChrome);
        chrome.kill();
      },
    };
  } catch (error) {
    process.off("exit", killChrome);
    chrome.kill();
    throw error;
  }
}
