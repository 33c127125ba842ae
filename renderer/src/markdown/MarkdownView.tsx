import { lexer, type Token, type Tokens } from "marked";
import { Fragment, type ReactNode, useMemo } from "react";

/**
 * Markdown drawn as React elements from marked's tokens, never as HTML strings: raw HTML in
 * a cell shows as text, so a notebook cannot inject script or markup into the window.
 */
export function MarkdownView({ source }: { source: string }) {
  const tokens = useMemo(() => lexer(source), [source]);
  return <div className="markdown">{blocks(tokens)}</div>;
}

function blocks(tokens: Token[]): ReactNode[] {
  return tokens.map((token, i) => <Fragment key={i}>{block(token)}</Fragment>);
}

function block(token: Token): ReactNode {
  switch (token.type) {
    case "heading": {
      const t = token as Tokens.Heading;
      const children = inline(t.tokens);
      if (t.depth === 1) return <h1>{children}</h1>;
      if (t.depth === 2) return <h2>{children}</h2>;
      if (t.depth === 3) return <h3>{children}</h3>;
      return <h4>{children}</h4>;
    }
    case "paragraph":
      return <p>{inline((token as Tokens.Paragraph).tokens)}</p>;
    case "list": {
      const t = token as Tokens.List;
      const items = t.items.map((item, i) => <li key={i}>{blocks(item.tokens)}</li>);
      return t.ordered ? (
        <ol start={typeof t.start === "number" ? t.start : undefined}>{items}</ol>
      ) : (
        <ul>{items}</ul>
      );
    }
    case "table": {
      const t = token as Tokens.Table;
      return (
        <table>
          <thead>
            <tr>
              {t.header.map((cell, i) => (
                <th key={i} style={{ textAlign: cell.align ?? undefined }}>
                  {inline(cell.tokens)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} style={{ textAlign: cell.align ?? undefined }}>
                    {inline(cell.tokens)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case "code":
      return (
        <pre>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case "blockquote":
      return <blockquote>{blocks((token as Tokens.Blockquote).tokens)}</blockquote>;
    case "hr":
      return <hr />;
    case "space":
      return null;
    case "text": {
      const t = token as Tokens.Text;
      return t.tokens ? inline(t.tokens) : t.text;
    }
    default:
      return "raw" in token ? <p>{token.raw}</p> : null;
  }
}

function safeHref(href: string): string | undefined {
  return /^(https?:|mailto:|#)/i.test(href) ? href : undefined;
}

function inline(tokens: Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, i) => {
    switch (token.type) {
      case "strong":
        return <strong key={i}>{inline((token as Tokens.Strong).tokens)}</strong>;
      case "em":
        return <em key={i}>{inline((token as Tokens.Em).tokens)}</em>;
      case "del":
        return <del key={i}>{inline((token as Tokens.Del).tokens)}</del>;
      case "codespan":
        return <code key={i}>{(token as Tokens.Codespan).text}</code>;
      case "br":
        return <br key={i} />;
      case "link": {
        const t = token as Tokens.Link;
        return (
          <a key={i} href={safeHref(t.href)} target="_blank" rel="noreferrer noopener">
            {inline(t.tokens)}
          </a>
        );
      }
      case "image":
        return <span key={i}>[{(token as Tokens.Image).text}]</span>;
      case "text": {
        const t = token as Tokens.Text;
        return <Fragment key={i}>{t.tokens ? inline(t.tokens) : decodeEntities(t.text)}</Fragment>;
      }
      case "escape":
        return <Fragment key={i}>{(token as Tokens.Escape).text}</Fragment>;
      default:
        return <Fragment key={i}>{"raw" in token ? token.raw : ""}</Fragment>;
    }
  });
}

/** marked escapes &, <, > and quotes in text tokens; React escapes again, so undo marked's. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
