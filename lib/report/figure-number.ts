const tenThousand = 10_000;

/**
 * How a figure's number is written in the report. A token renders the number only and the sentence
 * carries the unit word, so amounts of ten thousand or more that are whole hundreds are written with
 * 万 as a numeral — “投入资金{{…}}元” reads “投入资金8万元”, “短信{{…}}条” reads “3.2万条”. Any other
 * value is written in plain digits (no thousands separators, at most two decimals), so the text is
 * always exactly the value.
 */
export function figureNumberText(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (Math.abs(rounded) >= tenThousand && Number.isInteger(rounded / 100)) return `${rounded / tenThousand}万`;
  return String(rounded);
}

/**
 * An amount of money in 元 as the report writes it: whole 元 like any figure (“3650”, “8万”), anything
 * else with both 角 and 分 (“0.30”, “1234.50”), as accounts write money.
 */
export function moneyText(yuan: number): string {
  const rounded = Math.round(yuan * 100) / 100;
  return Number.isInteger(rounded) ? figureNumberText(rounded) : rounded.toFixed(2);
}

/** A quantity in running text: “捐款3650元”, “投入资金8万元”. */
export function quantityText(name: string, quantity: number, unit: string): string {
  return `${name}${figureNumberText(quantity)}${unit}`;
}
