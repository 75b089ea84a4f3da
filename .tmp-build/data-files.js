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
exports.dataDir = dataDir;
exports.readDataJson = readDataJson;
/**
 * Locates and reads the JSON data files under `data/` (gazetteer, lexicons).
 * The data directory is found by walking up from this module, so the same code works from
 * `src/extraction` (ts-jest, tsx) and from `dist/src/extraction` (compiled build).
 */
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
let cachedDataDir = null;
function dataDir() {
    if (cachedDataDir)
        return cachedDataDir;
    let dir = __dirname;
    for (let i = 0; i < 6; i += 1) {
        const candidate = path.join(dir, 'data', 'gazetteer');
        if (fs.existsSync(candidate)) {
            cachedDataDir = path.join(dir, 'data');
            return cachedDataDir;
        }
        dir = path.dirname(dir);
    }
    throw new Error(`extraction: cannot find data/gazetteer above ${__dirname}`);
}
function readDataJson(relativePath) {
    const file = path.join(dataDir(), relativePath);
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}
