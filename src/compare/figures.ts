// Figures as a reader names them: a clock time whole ("11:06 a.m.", "1:04:58"), not the numbers between its colons,
// and a number with the unit written onto it ("25cm", "12th").

/** Hours and one or two groups of two digits, perhaps a.m. or p.m.: "18:41", "6:41 p.m.", "1:04:58". */
const CLOCK = /(?<![\p{N}:.,])(\d{1,2})((?::\d{2}){1,2})(?!\p{N})(?:\s?([ap])\.?\s?m\b\.?)?/giu;
/** Letters of a unit or an ordinal written onto a number ("25cm", "12th", "1.2m"); not a run of Chinese characters. */
const ATTACHED_UNIT = '[\\p{Script=Latin}\\p{Script=Cyrillic}]{1,4}(?!\\p{L})';

export type Clock = {
  /** As written. */
  readonly text: string;
  /** On a 24-hour clock, so "6:41 p.m." and "18:41" are one time. */
  readonly key: string;
  /** The numbers between its colons, as written. */
  readonly parts: readonly string[];
};

export function clocksIn(text: string): Clock[] {
  return [...text.matchAll(CLOCK)].map((match) => {
    const [written, hours, minutes, meridiem] = match;
    let hour = Number(hours);
    if (meridiem?.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (meridiem?.toLowerCase() === 'a' && hour === 12) hour = 0;
    return { text: written.trim(), key: `${hour}${minutes}`, parts: [hours!, ...minutes!.slice(1).split(':')] };
  });
}

/** `number` as `sentence` prints it, with the letters joined to it ("25" in "fell to 25cm" is "25cm"). */
export function withAttachedUnit(number: string, sentence: string): string {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${ATTACHED_UNIT}`, 'u').exec(sentence)?.[0] ?? number;
}
