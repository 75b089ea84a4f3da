"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadNamePatterns = loadNamePatterns;
/** Word lists for the capitalised-sequence heuristics (data/lexicons/name-patterns.json). */
const data_files_1 = require("./data-files");
function loadNamePatterns() {
    const d = (0, data_files_1.readDataJson)('lexicons/name-patterns.json');
    return {
        orgHeads: new Set(d.orgHeads),
        placeHeads: new Set(d.placeHeads),
        connectors: new Set(d.connectors),
        particles: new Set(d.particles),
        nonEntities: new Set(d.nonEntities.map((w) => w.toLowerCase())),
    };
}
