import { type InputHTMLAttributes, useEffect, useId, useState } from "react";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> {
  value: string;
  /** Called with the text when the user leaves the box or presses Enter, if it changed. */
  onCommit(value: string): void;
  /** Visible label: the box is drawn inside a <label> with this text above it. */
  label?: string;
}

/**
 * A text box that changes the chart when the user is done typing (blur or Enter), not on every
 * key: one undo step and one chart query per edit instead of one per letter.
 */
export function CommitInput({ value, onCommit, label, ...rest }: Props) {
  const [text, setText] = useState(value);
  const id = useId();
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const input = (
    <input
      id={id}
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        if (e.key === "Escape") setText(value);
      }}
    />
  );
  if (label === undefined) return input;
  return (
    <label htmlFor={id}>
      {label}
      {input}
    </label>
  );
}
