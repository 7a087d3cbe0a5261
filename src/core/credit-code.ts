// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from 0-9 and
// 21 capital letters (I, O, Z, S and V are never used, so they cannot be mistaken for
// 1, 0, 2, 5 and U): registration authority (1), kind of organisation (1), the registering
// authority's division code (6 digits), the organisation's code (9) and a check character,
// computed modulo 31 over the first 17 with the weights 3^i mod 31.

/** The 31 characters, in the order of their values 0 … 30. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1 … 17: 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The shape the standard gives (the check character is not verified here). */
export const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character of a code's first 17 characters, or undefined when one is not in the charset. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_CHARSET.indexOf(first17[i] as string);
    if (v === -1) return undefined;
    sum += v * (WEIGHTS[i] as number);
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

export type CreditCodeCheck = { ok: true } | { ok: false; reason: 'shape' } | { ok: false; reason: 'check'; expected: string };

/** Whether a code has the standard's shape and its check character is right. */
export function checkCreditCode(code: string): CreditCodeCheck {
  if (!CREDIT_CODE_SHAPE.test(code)) return { ok: false, reason: 'shape' };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected === undefined) return { ok: false, reason: 'shape' };
  return expected === code[17] ? { ok: true } : { ok: false, reason: 'check', expected };
}
