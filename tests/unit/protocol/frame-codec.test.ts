import { describe, expect, it } from "vitest";
import { decodeFrame, encodeFrame, FrameError } from "../../../shared/protocol/frame-codec.ts";

describe("frame codec", () => {
  it("round-trips an envelope with binary attachments", () => {
    const arrow = new Uint8Array([1, 2, 3, 250]);
    const frame = encodeFrame({
      kind: "response",
      id: 7,
      result: { window: { offset: 0, rowCount: 1, arrow }, name: "Ош" },
    });
    const back = decodeFrame(frame);
    expect(back).toMatchObject({ kind: "response", id: 7, result: { name: "Ош" } });
    const bytes = (back as { result: { window: { arrow: Uint8Array } } }).result.window.arrow;
    expect(Array.from(bytes)).toEqual([1, 2, 3, 250]);
  });

  it.each([
    ["empty", new Uint8Array(0), /too short/],
    ["header longer than frame", new Uint8Array([255, 255, 0, 0, 1]), /exceeds/],
    ["not JSON", new Uint8Array([3, 0, 0, 0, 0x7b, 0x7b, 0x7b]), /not valid UTF-8 JSON/],
    ["invalid UTF-8", new Uint8Array([2, 0, 0, 0, 0xff, 0xfe]), /not valid UTF-8 JSON/],
  ])("rejects a frame that is %s", (_name, frame, message) => {
    expect(() => decodeFrame(frame)).toThrow(FrameError);
    expect(() => decodeFrame(frame)).toThrow(message);
  });

  it("rejects JSON that is not a protocol envelope", () => {
    const header = new TextEncoder().encode(
      JSON.stringify({ bins: [], body: JSON.stringify({ kind: "hello" }) }),
    );
    const frame = new Uint8Array(4 + header.length);
    new DataView(frame.buffer).setUint32(0, header.length, true);
    frame.set(header, 4);
    expect(() => decodeFrame(frame)).toThrow(/not a protocol envelope/);
  });

  it("rejects attachment lengths that run past the frame", () => {
    const header = new TextEncoder().encode(JSON.stringify({ bins: [100], body: "{}" }));
    const frame = new Uint8Array(4 + header.length);
    new DataView(frame.buffer).setUint32(0, header.length, true);
    frame.set(header, 4);
    expect(() => decodeFrame(frame)).toThrow(/attachment lengths/);
  });
});
