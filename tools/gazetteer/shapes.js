// Representative points from outlines: countries (Natural Earth via world-atlas, public domain),
// US states and counties (Census Bureau cartographic boundaries via us-atlas, public domain).
// A point is the area centre of the main polygon when it lies inside that polygon, else the
// populated place inside the polygon nearest to the centre (concave shapes: Norway, Croatia).
'use strict';
const topo = require('topojson-client');
const iso = require('i18n-iso-countries');
const world = require('world-atlas/countries-50m.json');
const us = require('us-atlas/counties-10m.json');

// polygons of a feature as arrays of rings of [lon, lat]
function polygons(feature) {
  const g = feature.geometry;
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

// area and centre of a ring in a local equal-area-ish plane (longitude scaled by cos latitude)
function ringStats(ring) {
  const k = Math.cos(ring.reduce((s, p) => s + p[1], 0) / ring.length * Math.PI / 180);
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const x0 = ring[j][0] * k, y0 = ring[j][1], x1 = ring[i][0] * k, y1 = ring[i][1];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  a /= 2;
  return a === 0 ? { area: 0, lon: ring[0][0], lat: ring[0][1] } : { area: Math.abs(a), lon: cx / (6 * a) / k, lat: cy / (6 * a) };
}

function insideRing(lon, lat, ring) {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) c = !c;
  }
  return c;
}

function insidePolygon(lon, lat, poly) {
  return insideRing(lon, lat, poly[0]) && !poly.slice(1).some(h => insideRing(lon, lat, h));
}

// a polygon across the antimeridian (Chukotka, Fiji) is moved to longitudes 0..360
function unwrap(poly) {
  const lons = poly[0].map(p => p[0]);
  if (Math.max(...lons) - Math.min(...lons) <= 180) return poly;
  return poly.map(r => r.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
}

/** [lat, lon] for a feature, or null when it has no outline. */
function point(feature, places) {
  let best = null;
  for (const poly of polygons(feature).map(unwrap)) {
    const st = ringStats(poly[0]);
    if (!best || st.area > best.st.area) best = { poly, st };
  }
  if (!best) return null;
  const { poly, st } = best;
  const wrap = x => (x > 180 ? x - 360 : x);
  if (insidePolygon(st.lon, st.lat, poly)) return [st.lat, wrap(st.lon)];
  const shifted = poly[0].some(p => p[0] > 180);
  let near = null, nd = Infinity;
  for (const p of places) {
    const lon = shifted && p.lon < 0 ? p.lon + 360 : p.lon;
    if (!insidePolygon(lon, p.lat, poly)) continue;
    const d = (p.lat - st.lat) ** 2 + ((lon - st.lon) * Math.cos(st.lat * Math.PI / 180)) ** 2;
    if (d < nd) { nd = d; near = p; }
  }
  return near ? [near.lat, near.lon] : null;
}

const countries = new Map();
for (const f of topo.feature(world, world.objects.countries).features) {
  const a2 = f.id && iso.numericToAlpha2(f.id);
  if (a2 && !countries.has(a2)) countries.set(a2, f);
}
const counties = topo.feature(us, us.objects.counties).features;
const states = new Map(topo.feature(us, us.objects.states).features.map(f => [f.properties.name, f]));

/** The standard point when it lies on the country's land (or there is no outline), else the outline's. */
function countryPoint(alpha2, places, standard) {
  const f = countries.get(alpha2);
  if (standard && (!f || polygons(f).some(p => insidePolygon(standard[1], standard[0], p)))) return standard;
  return f ? point(f, places) : standard || null;
}

function statePoint(names, places) {
  const f = names.map(n => states.get(n)).find(Boolean);
  return f ? point(f, places) : null;
}

// Virginia's independent cities and the three elsewhere are cities (in cities500), not counties
const independentCity = id => (id.startsWith('51') && +id.slice(2) >= 510) || ['24510', '29510', '32510'].includes(id);
const suffix = { LA: 'Parish', AK: 'Borough', PR: 'Municipio' };

/** Counties of the 50 states, DC excluded: name with its word, bare name, point, population of its places. */
function usCounties(stateCodes, usPlaces) {
  const byState = new Map();
  for (const s of states.values()) byState.set(s.id, stateCodes.get(s.properties.name));
  const out = [];
  for (const f of counties) {
    const state = byState.get(f.id.slice(0, 2));
    if (!state || state === 'DC' || independentCity(f.id)) continue;
    const code = f.id.slice(2);
    const inside = usPlaces.filter(p => p.a1 === state && p.a2 === code);
    const pt = point(f, inside.length ? inside : usPlaces.filter(p => p.a1 === state));
    if (!pt) continue;
    const bare = f.properties.name;
    out.push({ state, code, name: `${bare} ${suffix[state] || 'County'}`, alts: [bare], lat: pt[0], lon: pt[1],
      pop: inside.reduce((s, p) => s + p.pop, 0) });
  }
  return out.sort((a, b) => (a.state + a.code).localeCompare(b.state + b.code));
}

module.exports = { countryPoint, statePoint, usCounties };
