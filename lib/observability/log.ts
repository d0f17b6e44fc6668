import { trace } from "@opentelemetry/api";
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { configuredSecrets, getEnv } from "@/lib/env";
import { logContext } from "./context";

/**
 * The portal's structured log: one JSON object per line (level, time, msg, the request id or job,
 * the trace id when tracing is on, and the event's own fields). `LOG_LEVEL` sets the level;
 * `LOG_FORMAT=pretty` (the default in sandbox mode) prints it readably instead.
 *
 * Never log secrets, tokens, passwords, cookies, email addresses or query strings: log ids,
 * outcomes and URL paths. Known field names are redacted and configured secrets are cut from
 * every line as a last guard (docs/features/observability.md).
 */

const KEY = Symbol.for("imin-portal.logger");
type Holder = { [KEY]?: { settings: string; logger: Logger } };

const REDACT = [
  "password",
  "token",
  "secret",
  "apiKey",
  "authorization",
  "cookie",
  "email",
  "*.password",
  "*.token",
  "*.secret",
  "*.apiKey",
  "*.authorization",
  "*.cookie",
  "*.email",
  "headers",
  "*.headers",
];

function settings(): { level: string; format: "json" | "pretty" } {
  try {
    const env = getEnv();
    return {
      level: env.LOG_LEVEL,
      format: env.LOG_FORMAT ?? (env.IMIN_SANDBOX && env.NODE_ENV !== "test" ? "pretty" : "json"),
    };
  } catch {
    // Configuration not valid yet (start-up reports that itself): log plainly at info.
    return { level: "info", format: "json" };
  }
}

/** Cuts configured secrets (API and webhook keys, client secrets) out of a finished line. */
function scrubSecrets(line: string): string {
  let out = line;
  for (const secret of configuredSecrets()) if (out.includes(secret)) out = out.split(secret).join("[redacted]");
  return out;
}

function create(level: string, format: "json" | "pretty"): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT, censor: "[redacted]" },
    hooks: { streamWrite: scrubSecrets },
    mixin() {
      const context = logContext();
      const traceId = trace.getActiveSpan()?.spanContext().traceId;
      return {
        ...(context?.requestId ? { requestId: context.requestId } : {}),
        ...(context?.queue ? { queue: context.queue, jobId: context.jobId } : {}),
        ...(traceId ? { traceId } : {}),
      };
    },
  };
  if (format === "pretty") {
    return pino(options, pretty({ sync: true, colorize: Boolean(process.stdout.isTTY), ignore: "pid,hostname" }));
  }
  // Through process.stdout (not a file descriptor of its own) so tests and harnesses see every line.
  return pino(options, { write: (line: string) => process.stdout.write(line) });
}

/** The process's logger (one per process, whichever bundle asks; made anew when the configuration changes, as in tests). */
export function log(): Logger {
  const holder = globalThis as Holder;
  const { level, format } = settings();
  const key = `${level} ${format}`;
  if (holder[KEY]?.settings !== key) holder[KEY] = { settings: key, logger: create(level, format) };
  return holder[KEY].logger;
}
