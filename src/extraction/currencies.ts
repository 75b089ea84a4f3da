/**
 * Money words: currency names ("taka", "rupees", "CFA francs") and signs, one list for every rule that
 * recognises an amount of money (aid handed out, a ransom released, an acronym that only names a currency).
 */

/** Currency names, lowercase, singular or plural. */
export const CURRENCY_NAME = /^(?:taka|rupees?|naira|shillings?|kwacha|cedis?|rands?|dollars?|euros?|pounds?|yuan|yen|pesos?|dinars?|riyals?|dirhams?|francs?|liras?|rupiah|ringgit|baht|dong|kip|tenge|som|somoni|birr|leones?|ariary)$/;

/** Currency signs and codes as tokens: "$", "€", "£", "USD", "EUR" (lowercase for codes). */
export const CURRENCY_SIGN = /^(?:\$|€|£|usd|eur)$/;

/** A token (its lowercase form) that names money's unit. */
export function isCurrency(lower: string): boolean {
  return CURRENCY_NAME.test(lower) || CURRENCY_SIGN.test(lower);
}
