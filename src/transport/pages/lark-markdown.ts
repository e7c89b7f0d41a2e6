// The subset of Lark card markdown our cards use, turned into safe HTML: every piece of text is
// escaped, and only known constructs (bold, quotes, lists, line breaks, <font color>, links) become tags.

const COLOURS = new Set([
  'grey',
  'gray',
  'red',
  'green',
  'orange',
  'blue',
  'yellow',
  'purple',
  'carmine',
  'turquoise',
  'wathet',
  'indigo',
  'violet',
]);

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const INLINE =
  /<font\s+color=['"]?([a-zA-Z-]+)['"]?\s*>([\s\S]*?)<\/font>|<text_tag\s+color=['"]?([a-zA-Z-]+)['"]?\s*>([\s\S]*?)<\/text_tag>|\*\*([\s\S]+?)\*\*|~~([\s\S]+?)~~|\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|<at\s+id=['"]?([^'">\s]+)['"]?\s*>\s*<\/at>|<br\s*\/?>|(?<![*\w])\*([^*\n]+?)\*(?![*\w])/g;

/** Inline markdown → HTML. */
export function inlineToHtml(text: string): string {
  let out = '';
  let last = 0;
  // A fresh regex per call: the recursion below would otherwise move a shared lastIndex.
  const pattern = new RegExp(INLINE.source, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += escapeHtml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const colour = m[1].toLowerCase();
      const inner = inlineToHtml(m[2] ?? '');
      out += COLOURS.has(colour) ? `<span class="fc-${colour}">${inner}</span>` : inner;
    } else if (m[3] !== undefined) {
      const colour = m[3].toLowerCase();
      out += `<span class="tag ${COLOURS.has(colour) ? colour : 'grey'}">${inlineToHtml(m[4] ?? '')}</span>`;
    } else if (m[5] !== undefined) out += `<strong>${inlineToHtml(m[5])}</strong>`;
    else if (m[6] !== undefined) out += `<del>${inlineToHtml(m[6])}</del>`;
    else if (m[7] !== undefined) {
      out += `<a href="${escapeHtml(m[8] ?? '')}" rel="noopener noreferrer" target="_blank">${inlineToHtml(m[7])}</a>`;
    } else if (m[9] !== undefined)
      out += `<span class="tag blue">@${escapeHtml(m[9] === 'all' ? '所有人' : m[9])}</span>`;
    else if (m[10] !== undefined) out += `<em>${inlineToHtml(m[10])}</em>`;
    else out += '<br>';
  }
  return out + escapeHtml(text.slice(last));
}

type Block =
  | { kind: 'p' | 'quote' | 'ol' | 'ul'; lines: string[] }
  | { kind: 'hr' }
  | { kind: 'h'; text: string };

function blockOf(line: string): { kind: 'p' | 'quote' | 'ol' | 'ul'; text: string } | { kind: 'hr' } {
  if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) return { kind: 'hr' };
  const quote = /^\s*>\s?(.*)$/.exec(line);
  if (quote) return { kind: 'quote', text: quote[1] ?? '' };
  const ol = /^\s*\d+[.)]\s+(.*)$/.exec(line);
  if (ol) return { kind: 'ol', text: ol[1] ?? '' };
  const ul = /^\s*[-*+]\s+(.*)$/.exec(line);
  if (ul) return { kind: 'ul', text: ul[1] ?? '' };
  return { kind: 'p', text: line };
}

/** Block markdown (paragraphs, > quotes, numbered and bulleted lists, ---, # headings) → HTML. */
export function markdownToHtml(content: string): string {
  const blocks: Block[] = [];
  for (const line of content.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'h', text: heading[1] ?? '' });
      continue;
    }
    const b = blockOf(line);
    if (b.kind === 'hr') {
      blocks.push(b);
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (b.kind === 'p' && b.text.trim() === '') {
      blocks.push({ kind: 'p', lines: [] });
      continue;
    }
    if (previous && previous.kind === b.kind) previous.lines.push(b.text);
    else blocks.push({ kind: b.kind, lines: [b.text] });
  }
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'hr':
          return '<hr>';
        case 'h':
          return `<p><strong>${inlineToHtml(b.text)}</strong></p>`;
        case 'quote':
          return `<blockquote>${b.lines.map(inlineToHtml).join('<br>')}</blockquote>`;
        case 'ol':
        case 'ul':
          return `<${b.kind}>${b.lines.map((l) => `<li>${inlineToHtml(l)}</li>`).join('')}</${b.kind}>`;
        default:
          return b.lines.length ? `<p>${b.lines.map(inlineToHtml).join('<br>')}</p>` : '';
      }
    })
    .join('');
}
