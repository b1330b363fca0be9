/** What a chart library hands a custom axis tick: where to draw it and the category's name. */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** Characters per line: a CJK character is about as wide as the font is high. */
function linesOf(text: string, perLine: number, maxLines: number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  if (chars.length > perLine * maxLines) lines[maxLines - 1] = `${Array.from(lines[maxLines - 1]).slice(0, perLine - 1).join('')}…`;
  return lines;
}

/**
 * A category-axis label for long names (unit names of 20 characters and more): wrapped onto
 * up to two lines that fit `width`, ellipsised beyond, with the whole name as the tooltip.
 */
export const WrappedTick = ({ x = 0, y = 0, payload, width, fontSize = 11 }: TickProps & { width: number; fontSize?: number }) => {
  const name = String(payload?.value ?? '');
  const lines = linesOf(name, Math.max(2, Math.floor((width - 6) / fontSize)), 2);
  const top = Number(y) - ((lines.length - 1) * (fontSize + 1)) / 2;
  return (
    <g className="wrapped-tick">
      <title>{name}</title>
      <text x={Number(x)} y={top} textAnchor="end" fontSize={fontSize} fill="#666" dominantBaseline="middle">
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : fontSize + 1}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
};
