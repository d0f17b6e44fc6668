/**
 * `--require`d (through NODE_OPTIONS) by `npm run bench -- --only=public`: the sandbox, run inside
 * `scripts/start.ts`, appends one line per imin API request it answers (Booking Platform, Events
 * and Facilities APIs) to $IMIN_COUNT_FILE, its path first. Other requests (the portal's pages,
 * the empty app) are not written, so the load test itself is not slowed.
 */
const fs = require("node:fs");
const http = require("node:http");

const file = process.env.IMIN_COUNT_FILE;
const IMIN = /^\/(api\/v2|events-api\/v2|facilities-api\/v2)\//;
if (file) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, ...args) {
    const [req] = args;
    if (event === "request" && req && IMIN.test(req.url || "")) {
      try {
        fs.appendFileSync(file, `${(req.url || "").split("?")[0]}\n`);
      } catch {
        /* the bench has gone */
      }
    }
    return emit.call(this, event, ...args);
  };
}
