/**
 * Every English phrase a report writer puts on the page, in one keyed object so a translation
 * is another object of the same type. `{name}` marks a value filled in by `fillString`.
 */
export const REPORT_STRINGS_EN = {
  figure: "Figure {n}.",
  table: "Table {n}.",
  source: "Source: {source}",
  sourceNotRecorded: "Source: not recorded for this data",
  moreSources: "and {n} more sources, listed in the sources table",
  tableSources: 'the {n} sources recorded for table "{table}", listed in the sources table',
  syntheticLabel: "SYNTHETIC DATA — generated, not a statistic",
  moreRows: "{n} more rows not shown",
  generatedAt: "Generated {date}",
  page: "Page {n} of {total}",
  imageOmitted: "[image: {alt}]",
  linkWithUrl: "{text} ({url})",
  inputValue: "Input {name} = {value}",
  cellFailed: "Cell {name} could not run: {message}",
  gapScorecard: "Scorecard of {name} — method: {method}",
  gapScenarios: "Scenarios of {name} for {unit}: the year each target is met (assumptions, not statistics)",
  generator: "Osh ICT Workbench",
} as const;

export type ReportStrings = { readonly [K in keyof typeof REPORT_STRINGS_EN]: string };

export function fillString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
