/**
 * Build script (Node, run with `npx tsx shared/charts/geo/build-outline.ts`): extracts the outline
 * of Kyrgyzstan (ISO 3166-1 numeric 417) from world-atlas's Natural Earth 1:50m countries
 * TopoJSON, converts it to GeoJSON with topojson-client, rounds coordinates to 0.01 degree
 * (about 1 km, far below what a chart shows) and writes kyrgyzstan-outline.json next to this
 * file, which the map preset embeds in its specs so nothing is fetched at run time.
 * Afterwards run `npx biome format --write shared/charts/geo/kyrgyzstan-outline.json`.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const KYRGYZSTAN_ID = "417";
const require = createRequire(import.meta.url);
const atlasFile = require.resolve("world-atlas/countries-50m.json");
const atlasVersion = (
  JSON.parse(fs.readFileSync(require.resolve("world-atlas/package.json"), "utf8")) as {
    version: string;
  }
).version;
const topology = JSON.parse(fs.readFileSync(atlasFile, "utf8")) as Topology<{
  countries: GeometryCollection;
}>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const kyrgyzstan = countries.features.find((f) => String(f.id) === KYRGYZSTAN_ID);
if (kyrgyzstan === undefined)
  throw new Error(`world-atlas ${atlasVersion}: no country with id ${KYRGYZSTAN_ID}`);

const round = (p: Position): Position => p.map((v) => Math.round(v * 100) / 100);
function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case "Polygon":
      return { type: "Polygon", coordinates: g.coordinates.map((ring) => dedupe(ring.map(round))) };
    case "MultiPolygon":
      return {
        type: "MultiPolygon",
        coordinates: g.coordinates.map((poly) => poly.map((ring) => dedupe(ring.map(round)))),
      };
    default:
      throw new Error(`unexpected geometry type ${g.type} for Kyrgyzstan`);
  }
}
/** Rounding makes neighbouring points coincide; keep one of each run. */
function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
}

const out: Feature = {
  type: "Feature",
  id: KYRGYZSTAN_ID,
  properties: {
    name: "Kyrgyzstan",
    source: `Natural Earth 1:50m admin-0 countries (public domain), via world-atlas ${atlasVersion} countries-50m.json`,
    note: "Coordinates rounded to 0.01 degree.",
  },
  geometry: roundGeometry(kyrgyzstan.geometry),
};
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), "kyrgyzstan-outline.json");
fs.writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`wrote ${target}`);
