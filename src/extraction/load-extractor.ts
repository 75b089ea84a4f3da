/**
 * Which extractor a deployment runs: the built-in pipeline, or a module named by
 * EXTRACTOR_MODULE that exports `createExtractor(): Extractor` (for example a client of an
 * HTTP NER service). The module must honour the same contract: exact offsets, no throwing.
 */
import path from 'node:path';
import { createExtractor } from './index';
import type { Extractor } from './types';

export class ExtractorModuleError extends Error {}

export function loadExtractor(modulePath: string | null): Extractor {
  if (modulePath === null) return createExtractor();
  const resolved = path.resolve(modulePath);
  let loaded: { createExtractor?: unknown };
  try {
    loaded = require(resolved) as { createExtractor?: unknown };
  } catch (error) {
    throw new ExtractorModuleError(`EXTRACTOR_MODULE ${resolved} could not be loaded: ${(error as Error).message}`);
  }
  if (typeof loaded.createExtractor !== 'function') {
    throw new ExtractorModuleError(`EXTRACTOR_MODULE ${resolved} does not export createExtractor()`);
  }
  const extractor = (loaded.createExtractor as () => Extractor)();
  if (!extractor || typeof extractor.extract !== 'function' || typeof extractor.version !== 'string') {
    throw new ExtractorModuleError(`EXTRACTOR_MODULE ${resolved}: createExtractor() must return { version, extract(input) }`);
  }
  return extractor;
}
