import type { Venue } from "../store/types";
import type { Facility } from "./activities";

export interface VenueSeed extends Omit<Venue, "id" | "sellerId"> {
  seller: string; // slug
  facilities: Facility[];
}

/** Fictional venues on real streets, with coordinates near them. Some keep stray whitespace. */
// biome-ignore format: one venue a line reads as a table
export const VENUE_SEEDS: readonly VenueSeed[] = [
  { seller: "riverside-leisure", name: "Hammersmith Riverside Centre", streetAddress: "12 Fulham Palace Road", addressLocality: "Hammersmith", addressRegion: "London", postalCode: "W6 9PL", latitude: 51.4918, longitude: -0.2236, telephone: "020 7946 0110", facilities: ["pool", "gym", "studio", "hall"] },
  { seller: "riverside-leisure", name: "Putney Bridge Baths", streetAddress: "3 Lower Richmond Road", addressLocality: " Putney", addressRegion: "London ", postalCode: "SW15 1JN", latitude: 51.4655, longitude: -0.2167, strayWhitespace: true, facilities: ["pool", "gym"] },
  { seller: "riverside-leisure", name: "Richmond Green Sports Hall", streetAddress: "40 Sheen Road", addressLocality: "Richmond", addressRegion: "London", postalCode: "TW9 1AE", latitude: 51.4613, longitude: -0.2986, facilities: ["hall", "courts", "outdoor"] },
  { seller: "riverside-leisure", name: "Bermondsey Community Studio", streetAddress: "88 Tower Bridge Road", addressLocality: "Bermondsey", addressRegion: "London", postalCode: "SE1 4TP", latitude: 51.4962, longitude: -0.0784, facilities: ["studio", "hall"] },
  { seller: "northern-active", name: "Ancoats Active Hub", streetAddress: "25 Blossom Street", addressLocality: "Manchester", addressRegion: "Greater Manchester", postalCode: "M4 6AJ", latitude: 53.4844, longitude: -2.2272, telephone: "0161 496 0210", facilities: ["gym", "studio", "hall"] },
  { seller: "northern-active", name: "Didsbury Pool & Fitness", streetAddress: "190 Wilmslow Road", addressLocality: " Didsbury", addressRegion: " Manchester", postalCode: "M20 5LL", latitude: 53.4169, longitude: -2.2306, strayWhitespace: true, facilities: ["pool", "gym", "studio"] },
  { seller: "northern-active", name: "Salford Quays Watersports Centre", streetAddress: "Trafford Road", addressLocality: "Salford", addressRegion: "Greater Manchester", postalCode: "M50 3AZ", latitude: 53.4712, longitude: -2.2905, facilities: ["pool", "outdoor"] },
  { seller: "peak-community-sport", name: "Headingley Sports Centre", streetAddress: "56 Otley Road", addressLocality: "Leeds", addressRegion: "West Yorkshire", postalCode: "LS6 3AA", latitude: 53.8236, longitude: -1.5762, facilities: ["hall", "courts", "gym"] },
  { seller: "peak-community-sport", name: "Roundhay Park Pavilion", streetAddress: "Princes Avenue", addressLocality: "Leeds", addressRegion: "West Yorkshire", postalCode: "LS8 2ER", latitude: 53.8393, longitude: -1.4964, facilities: ["outdoor", "pitch", "studio"] },
  { seller: "peak-community-sport", name: "Leeds City Baths", streetAddress: "2 Park Lane", addressLocality: "Leeds ", addressRegion: "West Yorkshire", postalCode: "LS1 2QS", latitude: 53.7997, longitude: -1.5538, strayWhitespace: true, facilities: ["pool", "gym"] },
  { seller: "harbourside-fitness", name: "Harbourside Lido & Gym", streetAddress: "1 Canons Road", addressLocality: "Bristol", addressRegion: "Bristol", postalCode: "BS1 5UH", latitude: 51.4508, longitude: -2.5979, telephone: "0117 496 0410", facilities: ["pool", "gym", "studio"] },
  { seller: "harbourside-fitness", name: "Clifton Studio", streetAddress: "14 Princess Victoria Street", addressLocality: "Clifton", addressRegion: "Bristol", postalCode: "BS8 4BP", latitude: 51.4556, longitude: -2.6206, facilities: ["studio"] },
  { seller: "harbourside-fitness", name: "Bedminster Sports Barn", streetAddress: "120 North Street", addressLocality: "Bedminster", addressRegion: "Bristol", postalCode: "BS3 1HA", latitude: 51.4411, longitude: -2.6077, facilities: ["hall", "courts", "pitch"] },
  { seller: "midland-pools", name: "Edgbaston Aquatics Centre", streetAddress: "35 Pershore Road", addressLocality: "Edgbaston", addressRegion: "West Midlands", postalCode: "B5 7RL", latitude: 52.4657, longitude: -1.9034, facilities: ["pool", "gym"] },
  { seller: "midland-pools", name: "Digbeth Fitness Works", streetAddress: "70 High Street Deritend", addressLocality: "Birmingham", addressRegion: "West Midlands", postalCode: "B12 0LD", latitude: 52.4745, longitude: -1.8836, facilities: ["gym", "studio", "hall"] },
  { seller: "midland-pools", name: "Moseley Community Leisure", streetAddress: "9 Alcester Road", addressLocality: " Moseley", addressRegion: "Birmingham", postalCode: "B13 8AR", latitude: 52.4461, longitude: -1.8877, strayWhitespace: true, facilities: ["hall", "courts", "studio"] },
  { seller: "westcountry-wellbeing", name: "Bath Spa Wellbeing Centre", streetAddress: "21 James Street West", addressLocality: "Bath", addressRegion: "Somerset", postalCode: "BA1 2BX", latitude: 51.3817, longitude: -2.3647, facilities: ["pool", "studio", "gym"] },
  { seller: "westcountry-wellbeing", name: "Exeter Quay Studios", streetAddress: "5 Commercial Road", addressLocality: "Exeter", addressRegion: "Devon", postalCode: "EX2 4AD", latitude: 50.7183, longitude: -3.5313, facilities: ["studio", "hall"] },
];
