"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadCountries = loadCountries;
/**
 * Countries: ISO 3166-1 names from i18n-iso-countries (English, all variants) extended with
 * `data/gazetteer/countries.json` (centroids, common short names, aliases, demonyms, metonyms).
 * A country without a centroid in the data file falls back to its capital (GeoNames PPLC) from
 * the city index.
 */
const isoCountries = __importStar(require("i18n-iso-countries"));
const data_files_1 = require("./data-files");
/** Official names with commas/parentheses ("Korea, Republic of") are not how news writes them. */
function usableAlias(name) {
    return !/[,()]/.test(name);
}
/** Capital (GeoNames PPLC) of every country, for countries without a centroid in the data file. */
function capitals(cities) {
    const out = new Map();
    for (let i = 0; i < cities.size; i += 1) {
        const c = cities.get(i);
        if (c.featureCode === 'PPLC' && !out.has(c.countryCode))
            out.set(c.countryCode, { lat: c.latitude, lon: c.longitude });
    }
    return out;
}
function buildCountry(code, isoNames, entry, caps) {
    const aliases = new Set();
    for (const n of isoNames)
        if (usableAlias(n))
            aliases.add(n);
    for (const a of entry?.aliases ?? [])
        aliases.add(a);
    const readable = [...aliases].filter((a) => a !== a.toUpperCase()).sort((a, b) => a.length - b.length);
    const name = entry?.name ?? readable[0] ?? isoNames[0] ?? code;
    aliases.add(name);
    let lat = entry?.centroid?.[0] ?? null;
    let lon = entry?.centroid?.[1] ?? null;
    if (lat === null || lon === null) {
        const cap = caps.get(code);
        lat = cap?.lat ?? null;
        lon = cap?.lon ?? null;
    }
    return {
        code, name, latitude: lat, longitude: lon, aliases: [...aliases],
        demonyms: entry?.demonyms ?? [], metonyms: entry?.metonyms ?? [],
    };
}
function loadCountries(cities) {
    const data = (0, data_files_1.readDataJson)('gazetteer/countries.json');
    const names = isoCountries.getNames('en', { select: 'all' });
    const out = new Map();
    const caps = capitals(cities);
    for (const [code, isoNames] of Object.entries(names)) {
        out.set(code, buildCountry(code, isoNames, data.countries[code], caps));
    }
    return out;
}
