/**
 * Windows-1251 and KOI8-R both map bytes 0xC0–0xFF to Cyrillic letters, in different orders and with
 * upper/lower case swapped. Decoding with the wrong table gives real letters, so validity cannot
 * decide; how Russian-like the result is can. Score = letter frequency (log) + a penalty for a
 * lowercase letter followed by an uppercase one, which real text almost never has.
 */

/** Relative frequency (%) of Russian letters in running text. */
const LETTER_FREQUENCY: Record<string, number> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};

const CASE_FLIP_PENALTY = 6;
const CYRILLIC = /[\u0400-\u04ff]/;

export interface CodepageScore {
  /** Mean score per Cyrillic letter; higher is more Russian-like. */
  perLetter: number;
  letters: number;
}

function scoreCyrillicText(text: string): CodepageScore {
  let total = 0;
  let letters = 0;
  let previous = "";
  for (const ch of text) {
    if (!CYRILLIC.test(ch)) {
      previous = "";
      continue;
    }
    const lower = ch.toLowerCase();
    total += Math.log(LETTER_FREQUENCY[lower] ?? 0.02);
    letters++;
    if (previous !== "" && previous === previous.toLowerCase() && ch !== lower) total -= CASE_FLIP_PENALTY;
    previous = ch;
  }
  return { perLetter: letters === 0 ? Number.NEGATIVE_INFINITY : total / letters, letters };
}

export type CyrillicCodepage = "windows-1251" | "koi8-r";

/** The single-byte code page under which the bytes read most like Russian text. */
export function guessCyrillicCodepage(bytes: Uint8Array): {
  codepage: CyrillicCodepage;
  scores: Record<CyrillicCodepage, CodepageScore>;
} {
  const scores = {
    "windows-1251": scoreCyrillicText(new TextDecoder("windows-1251").decode(bytes)),
    "koi8-r": scoreCyrillicText(new TextDecoder("koi8-r").decode(bytes)),
  };
  const codepage = scores["koi8-r"].perLetter > scores["windows-1251"].perLetter ? "koi8-r" : "windows-1251";
  return { codepage, scores };
}
