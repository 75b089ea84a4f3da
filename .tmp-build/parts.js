const T = (label, f) => { const t = process.hrtime.bigint(); const r = f(); console.log(label, Math.round(Number(process.hrtime.bigint() - t) / 1e6), 'ms'); return r; };
const nl = T('name-lexicon', () => require('./name-lexicon.js').loadNameLexicon());
const ci = T('city-index', () => require('./city-index.js').loadCityIndex());
T('gazetteer', () => require('./gazetteer.js').loadGazetteer(ci, nl));
T('events', () => require('./event-lexicon.js').loadEventLexicon());
T('titles', () => require('./titles.js').loadTitleLexicon());
