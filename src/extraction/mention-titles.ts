/**
 * Job titles and honorifics around a capitalised name: splitting a run at the titles inside it
 * ("CEO Darren Woods" → title "CEO" + name "Darren Woods"), a title's portfolio ("Trade
 * Minister"), title words that belong to a body's name ("Office of the President"), and titles
 * written just before or after a name.
 */
import type { Run } from './capitalised-runs';
import { isLocative, type SentenceContext } from './mention-context';
import type { TitleMatch } from './titles';
import type { Token } from './tokens';

/** A title-free piece of a run, with the title written right before it (if any) as its context. */
export interface TitledSegment {
  seg: Run;
  title: TitleMatch | null;
}

/** Split a run at job titles/honorifics; the name after a title gets it as context. */
export function splitAtTitles(ctx: SentenceContext, run: Run): TitledSegment[] {
  const segments: TitledSegment[] = [];
  const lastWord = (ctx.tokens[run.last] as Token).lower;
  const endsInOrgHead = ctx.res.patterns.orgHeads.has(lastWord);
  // "the Speaker of the National Assembly", "the Secretary-General of the United Nations": a post of a body, written
  // without its holder's name, names the body, not a body called after the post
  const post = endsInOrgHead ? ctx.res.titles.matchAt(ctx.tokens, run.first, ctx.fieldText) : null;
  if (post && post.kind !== 'HONORIFIC' && ctx.tokens[post.last + 1]?.lower === 'of') {
    const body = ctx.tokens[post.last + 2]?.lower === 'the' ? post.last + 3 : post.last + 2;
    if (body < run.last && ctx.tokens[body]?.isCap && !ctx.res.patterns.orgHeads.has((ctx.tokens[post.last] as Token).lower)) {
      return [{ seg: { first: body, last: run.last }, title: null }];
    }
  }
  let segStart = run.first;
  let pendingTitle: TitleMatch | null = null;
  for (let k = run.first; k <= run.last && !endsInOrgHead; k += 1) {
    // "Port-au-Prince": a title word inside a hyphenated name is part of it
    if (ctx.tokens[k - 1]?.text === '-' && k > run.first) continue;
    const found = ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText);
    if (!found) continue;
    // "Rokeya Begum, 34,", "Hasina Begum said": an honorific that ends a run after a name is the name's last word
    if (found.kind === 'HONORIFIC' && found.last === run.last && k > segStart && (ctx.tokens[k - 1] as Token).isCap) continue;
    const title = portfolioAfter(ctx, withPortfolio(ctx, found, segStart), run.last);
    // "the General Directorate of Migration", "the General Staff": a title word before a body's head word opens the body's name
    const headNext = ctx.tokens[title.last + 1];
    if (title.last < run.last && headNext?.isCap && (ctx.res.patterns.orgHeads.has(headNext.lower) || headNext.lower === 'staff')) {
      k = title.last;
      continue;
    }
    if (titleInsideBodyName(ctx, title.first, segStart)) {
      k = title.last;
      continue;
    }
    // "Justice Plus, a rights group": "Justice" (also a cause's word) before one ordinary English word that ends the run is
    // a body's name, not Justice Plus the judge ("Judge Brown", "Minister Young" stay people)
    const rest = ctx.tokens[title.last + 1];
    if (title.first === run.first && title.last === run.first && (ctx.tokens[title.first] as Token).lower === 'justice' && title.last + 1 === run.last
      && rest && ctx.res.lexicon.isCommonWord(rest.lower) && describedAsBody(ctx, run.last)) {
      return [{ seg: run, title: null }];
    }
    k = title.first;
    if (k > segStart) segments.push({ seg: { first: segStart, last: k - 1 }, title: pendingTitle });
    pendingTitle = title;
    segStart = title.last + 1;
    if (ctx.tokens[segStart]?.text === '.') segStart += 1;
    // "... High Commissioner for Human Rights in Mexico": a connector left after the title opens no name
    while (segStart <= run.last && (ctx.tokens[segStart] as Token).isWord && !(ctx.tokens[segStart] as Token).isCap) segStart += 1;
    // "President of Kenya William Ruto": the country of the title is a name of its own, the person follows it
    const owner = segStart > title.last + 1 ? ctx.dictAt[segStart] : null;
    if (owner && owner.last < run.last) {
      segments.push({ seg: { first: segStart, last: owner.last }, title: null });
      segStart = owner.last + 1;
    }
    k = segStart - 1;
  }
  if (segStart <= run.last) segments.push({ seg: { first: segStart, last: run.last }, title: pendingTitle });
  return segments;
}

/** ", a rights group", ", an NGO based in ...": an apposition right after token `last` that calls the name a body. */
function describedAsBody(ctx: SentenceContext, last: number): boolean {
  const { tokens } = ctx;
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[last + 2]?.lower ?? '')) return false;
  return tokens.slice(last + 3, last + 7).some((t) => /^(?:group|organisation|organization|charity|coalition|network|ngo|association|movement|union|party|foundation)$/.test(t.lower));
}

/** A title/honorific ending right before token `i`, in the run or as lowercase words ("spokesman"). */
export function titleBefore(ctx: SentenceContext, i: number, runTitle: TitleMatch | null): TitleMatch | null {
  if (runTitle) return runTitle;
  for (let back = 1; back <= 3 && i - back >= 0; back += 1) {
    const m = ctx.res.titles.matchAt(ctx.tokens, i - back, ctx.fieldText);
    if (m && (m.last === i - 1 || (m.last === i - 2 && ctx.tokens[i - 1]?.text === '.'))) return m;
  }
  return null;
}

/** ", the mayor" / ", a spokesman for" right after the name. */
export function titleAfter(ctx: SentenceContext, first: number, last: number): boolean {
  if (ctx.tokens[last + 1]?.text !== ',') return false;
  const k = /^(?:the|a|an)$/.test(ctx.tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
  const m = ctx.res.titles.matchAt(ctx.tokens, k, ctx.fieldText);
  // "arrested in Manta, the Attorney General's Office said": an office, and a place before it.
  if (!m || m.kind === 'HONORIFIC' || /^['’]s$/.test(ctx.tokens[m.last + 1]?.text ?? '')) return false;
  return !isLocative(ctx, first);
}

/** Bare office words that take a portfolio before them: "Labour Minister", "Trade Secretary". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner', 'ministers', 'secretaries']);

/** Token k lies inside a gazetteer place phrase (country, demonym, place) starting at or after `from`. */
function inPlacePhrase(ctx: SentenceContext, from: number, k: number): boolean {
  for (let i = from; i <= k; i += 1) {
    const m = ctx.dictAt[i];
    if (m && m.last >= k && m.value.kind !== 'org' && m.value.kind !== 'lexicon-org' && m.value.kind !== 'lexicon-person') return true;
  }
  return false;
}

/**
 * "Labour Minister", "South Korean Trade Minister": up to two capitalised words right before a
 * bare "Minister"/"Secretary" are its portfolio (part of the title), unless they are a gazetteer
 * phrase (country, demonym, known organization) or start with a given name.
 */
function withPortfolio(ctx: SentenceContext, title: TitleMatch, segStart: number): TitleMatch {
  if (title.first !== title.last || !PORTFOLIO_HEADS.has((ctx.tokens[title.first] as Token).lower)) return title;
  let first = title.first;
  for (let j = title.first - 1; j >= segStart && j >= title.first - 2; j -= 1) {
    const t = ctx.tokens[j] as Token;
    if (!t.isWord || !t.isCap || t.isUpper || inPlacePhrase(ctx, segStart, j)) break;
    if (ctx.res.lexicon.isGivenName(t.lower) || ctx.res.titles.matchAt(ctx.tokens, j, ctx.fieldText)) break;
    first = j;
  }
  if (first === title.first) return title;
  const start = (ctx.tokens[first] as Token).start;
  return { ...title, first, text: ctx.fieldText.slice(start, (ctx.tokens[title.last] as Token).end) };
}

/** Words of a portfolio written after a title: "for Foreign Affairs", "of State", "for Human Rights". */
const PORTFOLIO_WORDS = new Set(['foreign', 'affairs', 'home', 'interior', 'defence', 'defense', 'state', 'trade', 'industry', 'finance', 'economy', 'economic',
  'justice', 'health', 'education', 'energy', 'environment', 'agriculture', 'transport', 'labour', 'labor', 'human', 'rights', 'refugees', 'security',
  'development', 'communications', 'information', 'culture', 'women', 'children', 'youth', 'sport', 'sports', 'tourism', 'mines', 'mining', 'resources',
  'natural', 'fisheries', 'planning', 'public', 'works', 'commerce', 'immigration', 'internal', 'external', 'relations', 'cooperation', 'international',
  'national', 'science', 'technology', 'digital', 'housing', 'water', 'land', 'local', 'government', 'treasury', 'social', 'welfare', 'employment',
  'family', 'veterans', 'climate', 'infrastructure', 'policy', 'integration', 'equality', 'affair',
  // "Speaker of Parliament", "Chief of Army Staff", "Inspector General of Police"
  'parliament', 'assembly', 'senate', 'congress', 'house', 'representatives', 'staff', 'army', 'police', 'forces']);

/**
 * "Minister for Foreign Affairs Penny Wong", "High Commissioner for Human Rights": the portfolio
 * written after the title with "for"/"of" belongs to the title, up to a given name or a place.
 */
function portfolioAfter(ctx: SentenceContext, title: TitleMatch, runLast: number): TitleMatch {
  const { tokens } = ctx;
  if (!/^(?:for|of)$/.test(tokens[title.last + 1]?.lower ?? '')) return title;
  let last = -1;
  // ("Commissioner for the Environment": the portfolio may take "the")
  const from = tokens[title.last + 2]?.lower === 'the' ? title.last + 3 : title.last + 2;
  for (let j = from; j <= runLast && j <= title.last + 6; j += 1) {
    const t = tokens[j] as Token;
    if (t.isWord && !t.isCap && t.lower === 'and' && last === j - 1) continue;
    if (!t.isWord || !t.isCap || !PORTFOLIO_WORDS.has(t.lower) || ctx.res.titles.matchAt(tokens, j, ctx.fieldText)) break;
    last = j;
  }
  // "Spain's Minister for Digital Transformation, Lucía Barredo, said": a portfolio of any words, when the run ends
  // there and the person follows in apposition
  const span = tokens.slice(from, runLast + 1);
  if (runLast > last && runLast - title.last <= 6 && tokens[runLast + 1]?.text === ',' && tokens[runLast + 2]?.isCap
    && span.length > 0 && span.every((t) => (t.isWord && t.isCap) || t.lower === 'and')) last = runLast;
  if (last < 0) return title;
  return { ...title, last, text: ctx.fieldText.slice((tokens[title.first] as Token).start, (tokens[last] as Token).end) };
}

/**
 * "Office of the Privacy Commissioner", "Ministry of Justice", "Office of the President": a title
 * word after a body's head word and "of (the)"/"for (the)" is part of the body's name, not a
 * person's title.
 */
function titleInsideBodyName(ctx: SentenceContext, titleFirst: number, segStart: number): boolean {
  let k = titleFirst - 1;
  // "Office of the UN High Commissioner": an owner's name may stand between "of the" and the title
  for (let n = 0; n < 3 && k > segStart && (ctx.tokens[k] as Token).isCap && ctx.tokens[k - 1]?.isWord; n += 1) {
    if (/^(?:the|of|for)$/.test(ctx.tokens[k - 1]?.lower ?? '')) {
      k -= 1;
      break;
    }
    k -= 1;
  }
  if (ctx.tokens[k]?.lower === 'the') k -= 1;
  const conn = ctx.tokens[k];
  if (!conn || conn.isCap || (conn.lower !== 'of' && conn.lower !== 'for') || k - 1 < segStart) return false;
  return ctx.res.patterns.orgHeads.has((ctx.tokens[k - 1] as Token).lower);
}
