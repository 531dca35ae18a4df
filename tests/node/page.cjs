// Opens an episode page in Debian's Chromium (driven by playwright-core), clicks a chapter link
// and a transcript link, and reports what a listener gets, as JSON on stdout.
// Usage: node page.cjs URL CHAPTER_INDEX SCREENSHOT.png
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

async function main() {
  const [url, chapterIndex, screenshot] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "audio-edition-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--autoplay-policy=no-user-gesture-required"],
  });
  const report = { errors: [] };
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on("pageerror", (error) => report.errors.push(String(error)));
    page.on("console", (message) => { if (message.type() === "error") report.errors.push(message.text()); });
    const response = await page.goto(url, { waitUntil: "load" });
    report.status = response.status();
    report.title = await page.title();
    // Wait until the browser knows the audio's duration (it fetched the MP3's start and end).
    await page.waitForFunction(() => { const a = document.querySelector("audio#player"); return a && a.readyState >= 1; },
      null, { timeout: 20000 });
    report.duration = await page.$eval("audio#player", (a) => a.duration);
    report.chapters = await page.$$eval("#chapters a[data-start]", (links) =>
      links.map((a) => ({ text: a.parentElement.textContent.trim(), start: parseFloat(a.dataset.start), href: a.getAttribute("href") })));
    report.transcript = await page.$$eval("#transcript p", (ps) => ps.map((p) => p.textContent.trim()));
    report.subscribe = await page.$$eval("#subscribe a", (links) => links.map((a) => ({ text: a.textContent.trim(), href: a.href })));

    const links = await page.$$("#chapters a[data-start]");
    await links[Number(chapterIndex)].click();
    await page.waitForFunction((start) => Math.abs(document.querySelector("audio#player").currentTime - start) < 1.5,
      report.chapters[Number(chapterIndex)].start, { timeout: 10000 });
    report.afterChapterClick = await page.$eval("audio#player", (a) => ({ currentTime: a.currentTime, paused: a.paused }));
    report.hash = await page.evaluate(() => location.hash);

    const cues = await page.$$("#transcript a[data-start]");
    const last = cues[cues.length - 1];
    const lastStart = parseFloat(await last.getAttribute("data-start"));
    await last.click();
    await page.waitForFunction((start) => document.querySelector("audio#player").currentTime >= start - 0.5, lastStart, { timeout: 10000 });
    report.afterCueClick = await page.$eval("audio#player", (a) => a.currentTime);
    report.lastCueStart = lastStart;
    // The cue being heard is highlighted.
    await page.waitForFunction(() => document.querySelector("#transcript p.current") !== null, null, { timeout: 10000 });
    report.currentCue = await page.$eval("#transcript p.current", (p) => p.textContent.trim());

    // Opening the page at "#t=SECONDS" starts there.
    await page.goto(url + "#t=" + Math.floor(report.chapters[1].start), { waitUntil: "load" });
    await page.reload({ waitUntil: "load" });
    await page.waitForFunction(() => document.querySelector("audio#player").readyState >= 1, null, { timeout: 20000 });
    report.openedAt = await page.$eval("audio#player", (a) => a.currentTime);
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });

    // The show's home page: every episode listed, newest first, each link opens its page.
    await page.goto(new URL("./", url).href, { waitUntil: "load" });
    report.index = {
      title: await page.title(),
      episodes: await page.$$eval("#episodes a", (links) => links.map((a) => ({ text: a.textContent.trim(), href: a.getAttribute("href") }))),
      feedLink: await page.$eval('link[rel="alternate"][type="application/rss+xml"]', (l) => l.href),
      cover: await page.$eval("header.intro img", (img) => ({ width: img.naturalWidth, height: img.naturalHeight })),
    };
    await page.click("#episodes a >> nth=-1");
    await page.waitForSelector("audio#player");
    report.index.opened = page.url();
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(report));
}

main().catch((error) => { console.error(String(error && error.stack || error)); process.exit(1); });
