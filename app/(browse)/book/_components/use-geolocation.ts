"use client";

import { useEffect, useState } from "react";

export interface Position {
  latitude: number;
  longitude: number;
}

/**
 * The browser's location on request (`locate`). On first mount, when the person has already
 * allowed it and no place is chosen yet (`autoLocate`), it is used straight away (`replace`: the
 * history entry is replaced, not added).
 */
export function useGeolocation(onLocated: (position: Position, replace: boolean) => void, autoLocate: boolean) {
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const [canLocate, setCanLocate] = useState(false);

  const locate = (replace = false) => {
    if (!("geolocation" in navigator)) return;
    setLocating(true);
    setFailed(false);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onLocated({ latitude: pos.coords.latitude, longitude: pos.coords.longitude }, replace);
      },
      () => {
        setLocating(false);
        setFailed(true);
      },
      { maximumAge: 600_000, timeout: 10_000 },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: only on first mount; later searches keep whatever place the person chose.
  useEffect(() => {
    if (!("geolocation" in navigator)) return;
    setCanLocate(true);
    if (!autoLocate) return;
    navigator.permissions
      ?.query({ name: "geolocation" })
      .then((status) => {
        if (status.state === "granted") locate(true);
      })
      .catch(() => undefined);
  }, []);

  return { locate, locating, failed, canLocate };
}
