/** An OpenStreetMap link: the exact point when known, else a search for the name and address. */
export function mapLink(place: { latitude?: number; longitude?: number; query?: string; zoom: number }): string | undefined {
  const { latitude, longitude, query, zoom } = place;
  if (latitude !== undefined && longitude !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=${zoom}/${latitude}/${longitude}`;
  }
  return query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined;
}
