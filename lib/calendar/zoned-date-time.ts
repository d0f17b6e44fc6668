import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from "ical-generator";

/**
 * Just enough of Temporal's ZonedDateTime for ical-generator to write a wall-clock time with a
 * TZID (plain `Date`s are written in the server's own zone; Node 20 has no Temporal). Wall-clock
 * fields come from Intl, so daylight saving is whatever the platform's time-zone data says.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function wallClock(epochMs: number, timeZone: string) {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function plainDate(year: number, month: number, day: number): ICalTemporalPlainDateStub {
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { year, month, day, toJSON: () => text, toString: () => text };
}

function instant(epochMs: number): ICalTemporalInstantStub {
  const text = new Date(epochMs).toISOString();
  return {
    epochMilliseconds: epochMs,
    toJSON: () => text,
    toString: () => text,
    toZonedDateTimeISO: (timeZone: string) => zonedDateTime(epochMs, timeZone),
  };
}

export function zonedDateTime(epochMs: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const wc = wallClock(epochMs, timeZone);
  const local = `${pad(wc.year, 4)}-${pad(wc.month)}-${pad(wc.day)}T${pad(wc.hour)}:${pad(wc.minute)}:${pad(wc.second)}`;
  const plain: ICalTemporalPlainDateTimeStub = {
    ...wc,
    toJSON: () => local,
    toString: () => local,
    toPlainDate: () => plainDate(wc.year, wc.month, wc.day),
    toZonedDateTime: (zone: string) => zonedDateTime(epochMs, zone),
  };
  const text = `${local}[${timeZone}]`;
  return {
    ...wc,
    timeZoneId: timeZone,
    toInstant: () => instant(epochMs),
    toJSON: () => text,
    toString: () => text,
    toPlainDateTime: () => plain,
    withTimeZone: (zone: string) => zonedDateTime(epochMs, zone),
  };
}
