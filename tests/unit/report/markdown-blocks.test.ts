import { describe, expect, it } from "vitest";
import { markdownBlocks } from "../../../electron/engine/report/markdown-blocks.ts";

describe("markdown to report blocks", () => {
  it("keeps headings with their level and inline bold, italic and code", () => {
    const parts = markdownBlocks("## Өзгөн району\n\nInternet **use** in *Ноокат* is `high & rising`.");
    expect(parts).toEqual([
      { kind: "heading", level: 2, runs: [{ text: "Өзгөн району" }] },
      {
        kind: "paragraph",
        runs: [
          { text: "Internet " },
          { text: "use", bold: true },
          { text: " in " },
          { text: "Ноокат", italic: true },
          { text: " is " },
          { text: "high & rising", code: true },
          { text: "." },
        ],
      },
    ]);
  });

  it("flattens nested and ordered lists with depth and numbers", () => {
    const [list] = markdownBlocks("- one\n  - one.a\n- two\n");
    expect(list).toEqual({
      kind: "list",
      items: [
        { runs: [{ text: "one" }], depth: 0, ordered: false, number: 1 },
        { runs: [{ text: "one.a" }], depth: 1, ordered: false, number: 1 },
        { runs: [{ text: "two" }], depth: 0, ordered: false, number: 2 },
      ],
    });
    const [ordered] = markdownBlocks("3. three\n4. four\n");
    expect(ordered?.kind === "list" && ordered.items.map((i) => i.number)).toEqual([3, 4]);
  });

  it("writes link addresses out, keeps images as alt text and raw HTML as its text only", () => {
    const parts = markdownBlocks(
      'See [the register](https://example.org/r) ![map](http://example.org/map.png) <b>now</b>\n\n<script>alert("x")</script>',
    );
    expect(parts).toEqual([
      { kind: "paragraph", runs: [{ text: "See the register (https://example.org/r) [image: map] now" }] },
      { kind: "paragraph", runs: [{ text: 'alert("x")' }] },
    ]);
  });

  it("keeps tables, code blocks and rules", () => {
    const parts = markdownBlocks("| a | b |\n|---|---|\n| 1 | **2** |\n\n```\nSELECT 1\n```\n\n---\n");
    expect(parts).toEqual([
      {
        kind: "table",
        header: [[{ text: "a" }], [{ text: "b" }]],
        rows: [[[{ text: "1" }], [{ text: "2", bold: true }]]],
      },
      { kind: "code", text: "SELECT 1" },
      { kind: "rule" },
    ]);
  });
});
