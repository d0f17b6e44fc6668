import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { metrics } from "@/lib/observability/metrics";

/** ops/: the alert rules and the dashboard parse, and name only series the portal exports. */

const root = path.resolve(__dirname, "../..");

interface Rule {
  alert?: string;
  expr?: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

function exportedSeries(): Set<string> {
  const names = new Set<string>(["up"]);
  for (const metric of metrics().registry.getMetricsAsArray()) {
    const { name, type } = metric as unknown as { name: string; type: string };
    names.add(name);
    if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(name + suffix);
    if (type === "summary") for (const suffix of ["_sum", "_count"]) names.add(name + suffix);
  }
  return names;
}

function seriesIn(expr: string): string[] {
  return [...expr.matchAll(/\b((?:portal|nodejs|process)_[a-z0-9_]+|up)\b(?=\s*[{[)]|\s*==|\s*$)/g)].map((m) => m[1]!);
}

describe("ops/prometheus/alerts.yml", () => {
  const doc = parse(readFileSync(path.join(root, "ops/prometheus/alerts.yml"), "utf8")) as { groups: { name: string; rules: Rule[] }[] };
  const rules = doc.groups.flatMap((g) => g.rules);

  test("is YAML of rule groups with alerts, each with an expression, a severity, a summary and a one-line runbook", () => {
    expect(rules.length).toBeGreaterThanOrEqual(8);
    const names = new Set<string>();
    for (const rule of rules) {
      expect(rule.alert, JSON.stringify(rule)).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(names.has(rule.alert!), `${rule.alert} twice`).toBe(false);
      names.add(rule.alert!);
      expect(rule.expr?.trim(), rule.alert).toBeTruthy();
      if (rule.for !== undefined) expect(rule.for, rule.alert).toMatch(/^\d+[smh]$/);
      expect(["page", "warn"], rule.alert).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, rule.alert).toBeTruthy();
      expect(rule.annotations?.runbook, rule.alert).toMatch(/^[^\n]{20,}$/);
    }
  });

  test("covers the figures operators act on", () => {
    const all = rules.map((r) => r.expr).join("\n");
    for (const series of [
      'portal_http_requests_total{kind!="static",status_class="5xx"}',
      "portal_http_request_duration_seconds_bucket",
      "portal_imin_requests_total",
      "portal_imin_request_duration_seconds_bucket",
      "portal_job_queue_oldest_waiting_seconds",
      'portal_mail_outbox{status="pending"}',
      'portal_sign_in_attempts_total{outcome="locked"}',
    ]) {
      expect(all).toContain(series);
    }
  });

  test("every series a rule names is one the portal exports", () => {
    const known = exportedSeries();
    for (const rule of rules) {
      const series = seriesIn(rule.expr!);
      expect(series.length, rule.alert).toBeGreaterThan(0);
      for (const name of series) expect(known.has(name), `${rule.alert}: ${name}`).toBe(true);
    }
  });
});

describe("ops/grafana/portal-dashboard.json", () => {
  const dashboard = JSON.parse(readFileSync(path.join(root, "ops/grafana/portal-dashboard.json"), "utf8")) as {
    uid: string;
    panels: { id: number; title: string; targets: { expr: string }[] }[];
  };

  test("parses, has unique panel ids, and every query names exported series only", () => {
    expect(dashboard.uid).toBe("imin-portal");
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = exportedSeries();
    for (const panel of dashboard.panels) {
      expect(panel.targets.length, panel.title).toBeGreaterThan(0);
      for (const { expr } of panel.targets) {
        const series = seriesIn(expr);
        expect(series.length, panel.title).toBeGreaterThan(0);
        for (const name of series) expect(known.has(name), `${panel.title}: ${name}`).toBe(true);
      }
    }
  });
});
