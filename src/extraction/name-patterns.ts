/** Word lists for the capitalised-sequence heuristics (data/lexicons/name-patterns.json). */
import { readDataJson } from './data-files';
import { normalizeName } from './name-normalization';

export interface NamePatterns {
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  connectors: Set<string>;
  particles: Set<string>;
  nonEntities: Set<string>;
  /** "North Kordofan", "Upper Nile": capitalised sequences starting so are regions. */
  placePrefixes: Set<string>;
  /** "Ligue Iteka", "Partido Nacional", "Operation Aspides": capitalised sequences starting so are bodies. */
  orgPrefixes: Set<string>;
  /** "Trade", "Industry", "Competition": subject words of ministries, lowercase. */
  portfolios: Set<string>;
  /** Bodies with offices named after a country or region ("Greenpeace Africa"), normalised names. */
  branchedBodies: Set<string>;
  /** Given names that are English words ("Gift", "Goodluck"), lowercase. */
  givenNames: Set<string>;
}

interface NamePatternsFile {
  orgHeads: string[];
  placeHeads: string[];
  connectors: string[];
  particles: string[];
  nonEntities: string[];
  placePrefixes: string[];
  orgPrefixes: string[];
  portfolios: string[];
  branchedBodies: string[];
  givenNames: string[];
}

export function loadNamePatterns(): NamePatterns {
  const d = readDataJson<NamePatternsFile>('lexicons/name-patterns.json');
  return {
    orgHeads: new Set(d.orgHeads),
    placeHeads: new Set(d.placeHeads),
    connectors: new Set(d.connectors),
    particles: new Set(d.particles),
    nonEntities: new Set(d.nonEntities.map((w) => w.toLowerCase())),
    placePrefixes: new Set(d.placePrefixes.map((w) => w.toLowerCase())),
    orgPrefixes: new Set(d.orgPrefixes.map((w) => w.toLowerCase())),
    portfolios: new Set(d.portfolios),
    branchedBodies: new Set(d.branchedBodies.map((n) => normalizeName(n))),
    givenNames: new Set(d.givenNames.map((n) => n.toLowerCase())),
  };
}
