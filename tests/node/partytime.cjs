// Podcast Index's parser (podcast-partytime) reads a feed file; prints what it understood as JSON.
// Usage: node partytime.cjs FEED.xml
"use strict";
const fs = require("fs");
const { parseFeed } = require("podcast-partytime");

const xml = fs.readFileSync(process.argv[2], "utf8");
const feed = parseFeed(xml, { allowMissingGuid: false });
if (!feed) {
  console.error("podcast-partytime could not parse the feed");
  process.exit(1);
}
process.stdout.write(JSON.stringify(feed, null, 1));
