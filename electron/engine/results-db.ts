/** Materialised results live in an in-memory database attached once per engine. */
export const RESULTS_DB = "wb_results";
