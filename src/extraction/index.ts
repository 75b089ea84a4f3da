/**
 * Entry point of the extraction pipeline. `createExtractor()` returns the built-in pipeline;
 * its gazetteer and lexicons load lazily on first use (or eagerly via `warmUp()`).
 */
import type { Extractor } from './types';
import { BuiltinExtractor, PIPELINE_VERSION } from './pipeline';
import { getResources } from './resources';

export * from './types';
export { PIPELINE_VERSION };

export function createExtractor(): Extractor {
  return new BuiltinExtractor();
}

/** Load gazetteer and lexicons now instead of on the first `extract` call. */
export function warmUp(): void {
  getResources();
}
