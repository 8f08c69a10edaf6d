// Runs in the renderer. Shows the survey documentation (surveyDoc): the small markdown subset it uses, headings, lists, tables, bold and code.
import { Fragment, type ReactElement, type ReactNode } from 'react';

/** `**bold**` and `` `code` `` within a line. */
function inline(text: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return <code key={i}>{part.slice(1, -1)}</code>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

const cells = (line: string): string[] => line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; items: string[] } | { kind: 'table'; rows: string[][] };

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  for (const line of markdown.split('\n')) {
    const last = out[out.length - 1];
    if (line.trim() === '') continue;
    if (line.startsWith('### ')) out.push({ kind: 'heading', text: line.slice(4) });
    else if (line.startsWith('- ')) {
      if (last?.kind === 'list') last.items.push(line.slice(2));
      else out.push({ kind: 'list', items: [line.slice(2)] });
    } else if (line.startsWith('|')) {
      if (/^\|[-|\s]+\|$/.test(line)) continue;
      if (last?.kind === 'table') last.rows.push(cells(line));
      else out.push({ kind: 'table', rows: [cells(line)] });
    } else out.push({ kind: 'paragraph', text: line });
  }
  return out;
}

export function DocText({ markdown }: { markdown: string }): ReactElement {
  return (
    <div className="doc-text">
      {blocks(markdown).map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return <h4 key={i}>{inline(block.text)}</h4>;
          case 'paragraph':
            return <p key={i}>{inline(block.text)}</p>;
          case 'list':
            return (
              <ul key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{inline(item)}</li>
                ))}
              </ul>
            );
          case 'table': {
            const [head, ...body] = block.rows;
            return (
              <div className="table-wrap" key={i}>
                <table className="data doc-table">
                  <thead>
                    <tr>
                      {head?.map((c, j) => (
                        <th scope="col" key={j}>
                          {inline(c)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {body.map((row, r) => (
                      <tr key={r}>
                        {row.map((c, j) => (j === 0 ? <th scope="row" key={j}>{inline(c)}</th> : <td key={j}>{inline(c)}</td>))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }
        }
      })}
    </div>
  );
}
