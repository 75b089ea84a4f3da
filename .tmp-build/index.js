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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PIPELINE_VERSION = void 0;
exports.createExtractor = createExtractor;
exports.warmUp = warmUp;
const pipeline_1 = require("./pipeline");
Object.defineProperty(exports, "PIPELINE_VERSION", { enumerable: true, get: function () { return pipeline_1.PIPELINE_VERSION; } });
const resources_1 = require("./resources");
__exportStar(require("./types"), exports);
function createExtractor() {
    return new pipeline_1.BuiltinExtractor();
}
/** Load gazetteer and lexicons now instead of on the first `extract` call. */
function warmUp() {
    (0, resources_1.getResources)();
}
