/**
 * All data the pipeline needs (gazetteer, lexicons), loaded once per process on first use
 * and cached at module level.
 */
import { loadCityIndex } from './city-index';
import { loadEventLexicon, type EventLexicon } from './event-lexicon';
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { loadNameLexicon, type NameLexicon } from './name-lexicon';
import { loadNamePatterns, type NamePatterns } from './name-patterns';
import { loadTitleLexicon, type TitleLexicon } from './titles';

export interface Resources {
  gazetteer: Gazetteer;
  lexicon: NameLexicon;
  patterns: NamePatterns;
  titles: TitleLexicon;
  events: EventLexicon;
}

let cached: Resources | null = null;

export function getResources(): Resources {
  if (cached) return cached;
  const lexicon = loadNameLexicon();
  const cities = loadCityIndex();
  cached = {
    gazetteer: loadGazetteer(cities, lexicon),
    lexicon,
    patterns: loadNamePatterns(),
    titles: loadTitleLexicon(),
    events: loadEventLexicon(),
  };
  return cached;
}
