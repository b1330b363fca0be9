/**
 * How many statements an SQL text holds: semicolons inside quoted strings
 * ('…', E'…'), quoted names ("…"), dollar-quoted bodies ($tag$…$tag$) and
 * comments do not separate statements.
 */
export function statementCount(sql: string): number {
  let count = 0;
  let pending = false;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const backslashes = c === "'" && i > 0 && /[eE]/.test(sql[i - 1]) && !/\w/.test(sql[i - 2] ?? '');
      i += 1;
      while (i < n) {
        if (backslashes && sql[i] === '\\') i += 2;
        else if (sql[i] === c && sql[i + 1] === c) i += 2;
        else if (sql[i] === c) break;
        else i += 1;
      }
      i += 1;
      pending = true;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i += 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (tag && !/\w/.test(sql[i - 1] ?? '')) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        i = end < 0 ? n : end + tag[0].length;
        pending = true;
      } else {
        i += 1;
        pending = true;
      }
    } else if (c === ';') {
      if (pending) count += 1;
      pending = false;
      i += 1;
    } else {
      if (!/\s/.test(c)) pending = true;
      i += 1;
    }
  }
  return count + (pending ? 1 : 0);
}
