import type { StaffAuditEntry } from "@/lib/db/schema";

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with `'`. */
function cell(value: unknown): string {
  let text = value == null ? "" : value instanceof Date ? value.toISOString() : typeof value === "string" ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsv(entries: StaffAuditEntry[]): string {
  const header = ["id", "at", "staff_email", "action", "customer_id", "customer_email", "ip", "detail"];
  const rows = entries.map((e) => [e.id, e.at, e.staffEmail, e.action, e.customerId, e.customerEmail, e.ip, e.detail].map(cell).join(","));
  return `${[header.join(","), ...rows].join("\r\n")}\r\n`;
}
