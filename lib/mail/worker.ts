import { deliverDueMail } from "./deliver";

const KEY = Symbol.for("imin-portal.mail-worker");
type Holder = { [KEY]?: ReturnType<typeof setInterval> };

/**
 * Retries mail that is due, every `intervalMs`, in this process. Runs never overlap; several
 * processes may run it at once (the outbox hands each mail to one of them).
 */
export function startMailWorker(intervalMs = 30_000): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueMail();
    } catch (e) {
      console.error(`mail: delivery pass failed (${(e as Error).message})`);
    } finally {
      running = false;
    }
  };
  holder[KEY] = setInterval(() => void tick(), intervalMs);
  holder[KEY].unref();
  void tick();
}
