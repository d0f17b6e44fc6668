/**
 * `--require`d (through NODE_OPTIONS) by `npm run bench -- --only=visit`: every HTTP server in the
 * process (the portal's, the sandbox's) appends one JSON line per request it answered to
 * $VISIT_REQUEST_LOG: its port, method, URL, the Next.js router headers, status and bytes. This
 * counts requests at the server, whatever the browser or its service worker did with them.
 */
const fs = require("node:fs");
const http = require("node:http");

const file = process.env.VISIT_REQUEST_LOG;
if (file) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, ...args) {
    const [req, res] = args;
    if (event === "request" && req && res) {
      const port = this.address()?.port;
      let bytes = 0;
      const write = res.write;
      res.write = function (chunk, ...rest) {
        if (chunk && typeof chunk !== "function") bytes += Buffer.byteLength(chunk);
        return write.call(this, chunk, ...rest);
      };
      const end = res.end;
      res.end = function (chunk, ...rest) {
        if (chunk && typeof chunk !== "function") bytes += Buffer.byteLength(chunk);
        return end.call(this, chunk, ...rest);
      };
      res.once("finish", () => {
        const h = req.headers;
        const line = {
          port,
          method: req.method,
          url: req.url,
          rsc: h.rsc === "1" || undefined,
          prefetch: h["next-router-prefetch"] || undefined,
          segment: h["next-router-segment-prefetch"] || undefined,
          action: h["next-action"] ? true : undefined,
          accept: (h.accept || "").slice(0, 40),
          status: res.statusCode,
          bytes,
        };
        try {
          fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
        } catch {
          /* the bench has gone */
        }
      });
    }
    return emit.call(this, event, ...args);
  };
}
