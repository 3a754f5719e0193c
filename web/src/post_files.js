// Posts read from a file in the browser for the scan page: a .txt file is
// one post; a .jsonl file has one JSON object per line and the post in a
// named field; a .csv file (RFC 4180) has a header row and the post in a
// named column. A bad line or row never stops the rest: it comes back as an
// item with an error, so the page can list it beside the results.
//
// Every function returns {items, error}: `items` are {line, text} or
// {line, error: {code, ...params}} in file order (line: the 1-based line the
// record starts on); `error` is set (and `items` empty) only when the file
// as a whole cannot be read this way (no header, no such column).

// Parses CSV text by RFC 4180: comma-separated fields, records ended by CRLF
// (LF or CR alone are accepted too), fields in double quotes may hold
// commas, line breaks and doubled quotes (""). A leading byte-order mark is
// dropped. Returns records {line, fields} or {line, error}: a quote inside
// an unquoted field, text after a closing quote, or a quoted field still
// open at the end of the text make that record bad; reading goes on at the
// next line (for an open quote there is none). Blank lines are skipped.
export function parseCsv(text) {
  const s = (text ?? '').replace(/^\uFEFF/, '');
  const records = [];
  let i = 0;
  let line = 1;
  const n = s.length;
  // Moves past the end of the current line (for a bad record).
  const skipLine = () => {
    while (i < n && s[i] !== '\n' && s[i] !== '\r') i++;
    if (s[i] === '\r' && s[i + 1] === '\n') i++;
    if (i < n) {
      i++;
      line++;
    }
  };
  while (i < n) {
    const startLine = line;
    const fields = [];
    let field = '';
    let error = null;
    let ended = false;
    while (!ended && !error) {
      if (s[i] === '"') {
        // A quoted field: up to the closing quote; "" is one quote.
        i++;
        let closed = false;
        while (i < n) {
          const c = s[i];
          if (c === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\r' || c === '\n') {
            if (c === '\r' && s[i + 1] === '\n') i++;
            field += '\n';
            line++;
            i++;
            continue;
          }
          field += c;
          i++;
        }
        if (!closed) {
          error = { code: 'csv_open_quote' };
          break;
        }
        if (i < n && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
          error = { code: 'csv_after_quote' };
          break;
        }
      } else {
        while (i < n && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
          if (s[i] === '"') {
            error = { code: 'csv_stray_quote' };
            break;
          }
          field += s[i];
          i++;
        }
        if (error) break;
      }
      fields.push(field);
      field = '';
      if (i >= n) {
        ended = true;
      } else if (s[i] === ',') {
        i++;
        if (i >= n) fields.push(''); // "a," ends with an empty field
        ended = i >= n;
      } else {
        // CR, LF or CRLF ends the record.
        if (s[i] === '\r' && s[i + 1] === '\n') i++;
        i++;
        line++;
        ended = true;
      }
    }
    if (error) {
      records.push({ line: startLine, error });
      skipLine();
    } else if (!(fields.length === 1 && fields[0] === '')) {
      records.push({ line: startLine, fields });
    }
  }
  return records;
}

// Posts from CSV text: the header row names the columns; `column` (exact,
// surrounding spaces ignored) holds the post. A row with another number of
// fields than the header, or an empty post, is a bad item.
export function postsFromCsv(text, column = 'text') {
  const records = parseCsv(text);
  const header = records[0];
  if (!header) return { items: [], error: { code: 'empty_file' } };
  if (header.error) return { items: [], error: { code: 'csv_bad_header', ...header.error, line: header.line } };
  const wanted = column.trim();
  const at = header.fields.findIndex((f) => f.trim() === wanted);
  if (at < 0) return { items: [], error: { code: 'no_column', column: wanted, columns: header.fields.map((f) => f.trim()).join(', ') } };
  const items = records.slice(1).map((r) => {
    if (r.error) return { line: r.line, error: r.error };
    if (r.fields.length !== header.fields.length) {
      return { line: r.line, error: { code: 'csv_field_count', found: r.fields.length, expected: header.fields.length } };
    }
    return post(r.line, r.fields[at]);
  });
  return { items, error: null };
}

// Posts from JSON Lines: each non-blank line one JSON object whose `field`
// is the post (a string).
export function postsFromJsonl(text, field = 'text') {
  const name = field.trim();
  const items = [];
  (text ?? '').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value;
    try {
      value = JSON.parse(raw);
    } catch {
      items.push({ line, error: { code: 'jsonl_bad_json' } });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      items.push({ line, error: { code: 'jsonl_not_object' } });
    } else if (!(name in value)) {
      items.push({ line, error: { code: 'jsonl_no_field', field: name } });
    } else if (typeof value[name] !== 'string') {
      items.push({ line, error: { code: 'jsonl_not_string', field: name } });
    } else {
      items.push(post(line, value[name]));
    }
  });
  if (items.length === 0) return { items, error: { code: 'empty_file' } };
  return { items, error: null };
}

// A plain text file: the whole of it is one post.
export function postsFromText(text) {
  const body = (text ?? '').replace(/^\uFEFF/, '');
  if (body.trim() === '') return { items: [], error: { code: 'empty_file' } };
  return { items: [{ line: 1, text: body }], error: null };
}

// Which reader a file name asks for: "csv", "jsonl" or "txt" (the default).
export function fileFormat(name) {
  const lower = (name ?? '').toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return 'txt';
}

function post(line, text) {
  return text.trim() === '' ? { line, error: { code: 'empty_post' } } : { line, text };
}
