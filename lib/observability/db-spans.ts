import { hasActiveSpan, withSpan } from "./tracing";

type Query = (text: unknown, ...rest: unknown[]) => unknown;

function statementOf(text: unknown): string {
  const sql = typeof text === "string" ? text : (text as { text?: unknown } | null)?.text;
  return typeof sql === "string" ? sql : "";
}

/**
 * Gives each query of a PGlite instance or transaction, or of a node-postgres client, a span
 * `db.query` when it runs inside a traced operation. The statement is drizzle's parameterised
 * SQL (`$1`, never the values), cut to 300 characters.
 */
export function traceQueries<T extends object>(target: T, methods: string[] = ["query"]): T {
  const object = target as Record<string, unknown>;
  for (const name of methods) {
    const original = object[name];
    if (typeof original !== "function") continue;
    const bound = (original as Query).bind(target);
    object[name] = (text: unknown, ...rest: unknown[]) => {
      // node-postgres' callback style, or nothing to attach the span to: leave the call as it is.
      if (!hasActiveSpan() || typeof rest[rest.length - 1] === "function") return bound(text, ...rest);
      const statement = statementOf(text);
      return withSpan(
        "db.query",
        {
          "db.system": "postgresql",
          "db.operation": statement.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? "",
          "db.statement": statement.slice(0, 300),
        },
        async () => await bound(text, ...rest),
      );
    };
  }
  return target;
}
