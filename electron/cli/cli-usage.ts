/** One line per subcommand, shown by `osh-workbench help` and by a command given wrong arguments. */
export const USAGE_LINES = {
  serve: "osh-workbench serve [--port N] [--workspace DIR] [--open]",
  query: 'osh-workbench query [--workspace DIR] [--format json|csv] "SQL"',
  import: "osh-workbench import FILE [--table NAME] [--replace] [--workspace DIR]",
  export: "osh-workbench export NOTEBOOK --to html|pdf|docx|pptx --out FILE [--workspace DIR] [--keep-going]",
  generateCensus: "osh-workbench generate-census [--scale N] [--workspace DIR]",
} as const;
