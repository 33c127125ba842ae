/**
 * A chart that cannot be turned into a query. `path` is where in the chart spec the problem is
 * ("encoding.x.bin"), null when it is the chart as a whole; the message already names the source
 * table and the path, ready to show.
 */
export class ChartQueryError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly path: string | null,
  ) {
    super(message);
    this.name = "ChartQueryError";
  }
}
