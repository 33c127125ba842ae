import type { Locale, NumberLocale, TimeLocale } from "vega";

/**
 * d3-format / d3-time-format locale definitions for the app's languages, handed to Vega as
 * `config.locale`. Russian and Kyrgyz group thousands with a no-break space and use a decimal
 * comma (1 234 567,8). Month and day names are ICU's (CLDR) standalone forms; the Russian months
 * are nominative, which is what an axis label ("март 2021") needs, so the long date format is
 * numeric rather than "5 марта".
 */

export const CHART_LOCALES = ["en", "ru", "ky"] as const;
export type ChartLocale = (typeof CHART_LOCALES)[number];

const NBSP = "\u00a0";

export const NUMBER_LOCALES: Record<ChartLocale, NumberLocale> = {
  en: { decimal: ".", thousands: ",", grouping: [3], currency: ["", `${NBSP}KGS`] },
  ru: { decimal: ",", thousands: NBSP, grouping: [3], currency: ["", `${NBSP}сом`] },
  ky: { decimal: ",", thousands: NBSP, grouping: [3], currency: ["", `${NBSP}сом`] },
};

export const TIME_LOCALES: Record<ChartLocale, TimeLocale> = {
  en: {
    dateTime: "%x, %X",
    date: "%-m/%-d/%Y",
    time: "%-I:%M:%S %p",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  ru: {
    dateTime: "%A, %d.%m.%Y %X",
    date: "%d.%m.%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"],
    shortDays: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
    months: [
      "январь",
      "февраль",
      "март",
      "апрель",
      "май",
      "июнь",
      "июль",
      "август",
      "сентябрь",
      "октябрь",
      "ноябрь",
      "декабрь",
    ],
    shortMonths: [
      "янв.",
      "февр.",
      "март",
      "апр.",
      "май",
      "июнь",
      "июль",
      "авг.",
      "сент.",
      "окт.",
      "нояб.",
      "дек.",
    ],
  },
  ky: {
    dateTime: "%A, %d.%m.%Y %X",
    date: "%d.%m.%Y",
    time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["жекшемби", "дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби"],
    shortDays: ["жек.", "дүй.", "шейш.", "шарш.", "бейш.", "жума", "ишм."],
    months: [
      "Январь",
      "Февраль",
      "Март",
      "Апрель",
      "Май",
      "Июнь",
      "Июль",
      "Август",
      "Сентябрь",
      "Октябрь",
      "Ноябрь",
      "Декабрь",
    ],
    shortMonths: ["Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя", "Дек"],
  },
};

export function chartLocale(locale: ChartLocale): Locale {
  return { number: NUMBER_LOCALES[locale], time: TIME_LOCALES[locale] };
}
