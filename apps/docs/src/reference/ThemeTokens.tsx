// The --medlead-* custom properties, read from the stylesheet @medlead/react ships, so the table in
// the Theming guide can never drift from the CSS.
import stylesheet from '@medlead/react/styles.css?raw';
import { ColumnHeads } from './reference-parts';
import './reference.css';

const tokenColumns = {
  property: 'Property',
  light: 'Light',
  dark: 'Dark',
  note: 'Note in the stylesheet',
} as const;

export interface ThemeToken {
  /** The custom property, e.g. `--medlead-text`. */
  readonly name: string;
  /** Its value in the light scheme (or in both, when it does not change). */
  readonly light: string;
  /** Its value in the dark scheme. */
  readonly dark: string;
  /** The comment above it in the stylesheet, if any. */
  readonly note: string | undefined;
}

/** Splits `light-dark(a, b)` into its two colours; any other value is the same in both. */
function schemes(value: string): { light: string; dark: string } {
  const match = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  return match?.[1] !== undefined && match[2] !== undefined
    ? { light: match[1], dark: match[2] }
    : { light: value, dark: value };
}

/** Every custom property defined in the `.medlead { … }` rule of a stylesheet, in order. */
export function themeTokens(css: string = stylesheet): readonly ThemeToken[] {
  const rule = /(^|\n)\.medlead\s*\{([^}]*)\}/.exec(css)?.[2] ?? '';
  const tokens: ThemeToken[] = [];
  let note: string | undefined;
  for (const part of rule.split(/(\/\*[\s\S]*?\*\/)|;/)) {
    const text = part?.trim();
    if (text === undefined || text === '') continue;
    if (text.startsWith('/*')) {
      note = text
        .replace(/^\/\*|\*\/$/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      continue;
    }
    const declaration = /^(--medlead-[\w-]+)\s*:\s*([\s\S]+)$/.exec(text);
    if (declaration?.[1] === undefined || declaration[2] === undefined) {
      note = undefined; // a comment above a plain declaration is about that declaration
      continue;
    }
    tokens.push({ name: declaration[1], ...schemes(declaration[2].trim()), note });
    note = undefined;
  }
  return tokens;
}

const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value);

function Value({ value }: { value: string }) {
  if (!isColour(value)) return <code>{value}</code>;
  return (
    <span className="ref-token">
      <span className="ref-swatch" style={{ background: value }} aria-hidden="true" />
      <code>{value}</code>
    </span>
  );
}

/** A table of every --medlead-* property with its light and dark values. */
export function ThemeTokens() {
  const tokens = themeTokens();
  return (
    <div className="ref ref-scroll">
      <table className="ref-table">
        <caption>{`The ${tokens.length} custom properties of @medlead/react/styles.css, set on .medlead`}</caption>
        <ColumnHeads columns={tokenColumns} />
        <tbody>
          {tokens.map((token) => (
            <tr key={token.name}>
              <th scope="row">
                <code>{token.name}</code>
              </th>
              <td data-label={tokenColumns.light}>
                <Value value={token.light} />
              </td>
              <td data-label={tokenColumns.dark}>
                {token.dark === token.light ? 'same' : <Value value={token.dark} />}
              </td>
              <td data-label={tokenColumns.note}>{token.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
