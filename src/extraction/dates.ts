/**
 * Date expressions resolved against the publication date (UTC): explicit dates
 * ("February 8, 2022", "8 Feb 2022", "2022-02-08"), month/year ("in March", "March 2023",
 * "in 2022"), weekdays ("on Saturday" → the most recent Saturday on or before publication;
 * "last Saturday" → strictly before), and relative words (yesterday, today, last week/month/year).
 * "last week" cannot be a day: it resolves to the month containing the day a week before
 * publication, with MONTH precision.
 */
import type { DatePrecision } from './types';

export interface DateMention {
  date: string;
  precision: DatePrecision;
  /** Offsets into the analysed text. */
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY_MS = 86_400_000;

type Resolver = (m: RegExpExecArray, pub: Date) => { date: Date; precision: DatePrecision } | null;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function utc(y: number, m: number, d: number): Date | null {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m && date.getUTCDate() === d ? date : null;
}

function dayOf(date: Date | null): { date: Date; precision: DatePrecision } | null {
  return date ? { date, precision: 'DAY' } : null;
}

/** Most recent occurrence of month m (and day d) on or before pub. */
function recentMonthDay(pub: Date, m: number, d: number): Date | null {
  const y = pub.getUTCFullYear();
  const candidate = utc(y, m, d);
  if (candidate && candidate.getTime() <= pub.getTime()) return candidate;
  return utc(y - 1, m, d);
}

function weekday(pub: Date, name: string, mode: string): Date {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = utc(pub.getUTCFullYear(), pub.getUTCMonth(), pub.getUTCDate()) as Date;
  let diff = (today.getUTCDay() - target + 7) % 7;
  if (mode === 'next') return new Date(today.getTime() + (((target - today.getUTCDay() + 7) % 7) || 7) * DAY_MS);
  if (mode === 'last' && diff === 0) diff = 7;
  return new Date(today.getTime() - diff * DAY_MS);
}

function relative(pub: Date, word: string): { date: Date; precision: DatePrecision } | null {
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth();
  const today = utc(y, m, pub.getUTCDate()) as Date;
  switch (word.toLowerCase().replace(/\s+/g, ' ')) {
    case 'yesterday': return dayOf(new Date(today.getTime() - DAY_MS));
    case 'today': case 'tonight': case 'this morning': case 'this afternoon': case 'this evening': return dayOf(today);
    case 'last night': return dayOf(new Date(today.getTime() - DAY_MS));
    case 'tomorrow': return dayOf(new Date(today.getTime() + DAY_MS));
    case 'last week': {
      const d = new Date(today.getTime() - 7 * DAY_MS);
      return { date: utc(d.getUTCFullYear(), d.getUTCMonth(), 1) as Date, precision: 'MONTH' };
    }
    case 'this week': case 'this month': return { date: utc(y, m, 1) as Date, precision: 'MONTH' };
    case 'last month': return { date: utc(m === 0 ? y - 1 : y, (m + 11) % 12, 1) as Date, precision: 'MONTH' };
    case 'this year': return { date: utc(y, 0, 1) as Date, precision: 'YEAR' };
    case 'last year': return { date: utc(y - 1, 0, 1) as Date, precision: 'YEAR' };
    default: return null;
  }
}

const PATTERNS: Array<[RegExp, Resolver]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => dayOf(utc(Number(m[1]), Number(m[2]) - 1, Number(m[3])))],
  [new RegExp(`\\b${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'), (m) => dayOf(utc(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2])))],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE}\\.?,? (\\d{4})\\b`, 'g'), (m) => dayOf(utc(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1])))],
  [new RegExp(`\\b${MONTH_RE}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)`, 'g'), (m, pub) => dayOf(recentMonthDay(pub, monthIndex(m[1] ?? ''), Number(m[2])))],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_RE}\\b(?!\\.?,? \\d)`, 'g'), (m, pub) => dayOf(recentMonthDay(pub, monthIndex(m[2] ?? ''), Number(m[1])))],
  [new RegExp(`\\b${MONTH_RE} (\\d{4})\\b`, 'g'), (m) => ({ date: utc(Number(m[2]), monthIndex(m[1] ?? ''), 1) as Date, precision: 'MONTH' })],
  [new RegExp(`\\b(?:in|since|during|until|by|early|late|mid|last|this) ${MONTH_RE}\\b(?! \\d)`, 'g'), (m, pub) => {
    const d = recentMonthDay(pub, monthIndex(m[1] ?? ''), 1);
    return d ? { date: d, precision: 'MONTH' } : null;
  }],
  [/\b(?:in|since|during|until|by|early|late|mid|of) ((?:19|20)\d{2})\b(?!-)/g, (m) => ({ date: utc(Number(m[1]), 0, 1) as Date, precision: 'YEAR' })],
  [/\b(?:(last|next|this|on|since|by|until|late|early) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m, pub) => dayOf(weekday(pub, m[2] ?? '', m[1] ?? 'on'))],
  [/\b(yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening|week|month|year)|last (?:week|month|year))\b/gi, (m, pub) => relative(pub, m[1] ?? '')],
];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A month's name anywhere: the six month patterns can only match where this does (tested once, not six times). */
const ANY_MONTH = new RegExp(`\\b${MONTH_RE}`);
const MONTH_PATTERNS = new Set(PATTERNS.slice(1, 7).map(([re]) => re));

export function findDates(text: string, publishedAt: Date): DateMention[] {
  const found: DateMention[] = [];
  const hasMonth = ANY_MONTH.test(text);
  for (const [re, resolve] of PATTERNS) {
    if (!hasMonth && MONTH_PATTERNS.has(re)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const r = resolve(m, publishedAt);
      if (r && !Number.isNaN(r.date.getTime())) found.push({ date: iso(r.date), precision: r.precision, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (!last || d.start >= last.end) out.push(d);
  }
  return out;
}
