/**
 * Where JSON text first goes wrong. JSON.parse's messages differ between JavaScript engines
 * (Node and the renderer's Chromium word them differently), so the text is scanned again by
 * this small checker to get an offset and a reason of our own. Returns null for valid JSON.
 */
export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const shown = (at: number) => (at >= text.length ? "the end of the text" : `"${text[at]}"`);
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const expect = (c: string, context: string) => {
    skipSpace();
    if (text[i] !== c) fail(`expected "${c}" ${context}, found ${shown(i)}`);
    i++;
  };

  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("bad \\u escape in a string");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`bad escape "\\${e ?? ""}" in a string`);
      } else if (c < " ") fail("control character (such as a raw line break) inside a string");
      else i++;
    }
    fail("string is not closed", text.length);
  };

  const value = (): void => {
    skipSpace();
    const c = text[i];
    if (c === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${shown(i)}`);
        string();
        expect(":", "after a property name");
        value();
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected "," or "}" after a property value, found ${shown(i)}`);
      }
    }
    if (c === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected "," or "]" after an array element, found ${shown(i)}`);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(true|false|null)/.exec(text.slice(i, i + 5));
    if (literal) {
      i += literal[0].length;
      return;
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number && number[0] !== "-") {
      i += number[0].length;
      return;
    }
    fail(`expected a value, found ${shown(i)}`);
  };

  try {
    value();
    skipSpace();
    if (i < text.length) fail(`unexpected ${shown(i)} after the end of the JSON value`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, reason: e.reason };
    if (e instanceof RangeError) return { offset: i, reason: "values are nested too deeply to read" };
    throw e;
  }
}
