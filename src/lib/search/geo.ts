const EARTH_RADIUS_KM = 6371.0088
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in kilometres (haversine) between two points given as numbers. */
export const haversineKmOf = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const dLat = rad(lat2 - lat1)
  const dLon = rad(lon2 - lon1)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Great-circle distance in kilometres (haversine). */
export const haversineKm = (
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number => haversineKmOf(a.lat, a.lon, b.lat, b.lon)

export type BoundingBox = ReturnType<typeof boundingBox>

/** Whether a point is in the box (a missing location, NaN, is in none). */
export const boxHolds = (box: BoundingBox, lat: number, lon: number): boolean =>
  lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon

/** A box that surely contains the circle (a little larger, for float rounding in the index). */
export const boundingBox = ({
  lat,
  lon,
  radiusKm,
}: {
  lat: number
  lon: number
  radiusKm: number
}) => {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI) * 1.001 + 1e-5
  const cosLat = Math.max(Math.cos(rad(Math.min(89.9, Math.abs(lat)))), 1e-6)
  const dLon = Math.min(180, dLat / cosLat)
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon }
}
