import type { Attachment } from '../domain/chat/update';

/** The text and attachments of a message's parsed `content`, by message type (text, image, file, post). */
export function messageContent(
  messageType: string,
  content: unknown,
): { text: string; attachments: Attachment[] } {
  const c = (typeof content === 'object' && content !== null ? content : {}) as Record<string, unknown>;
  if (messageType === 'text') return { text: typeof c.text === 'string' ? c.text : '', attachments: [] };
  if (messageType === 'image' && typeof c.image_key === 'string') {
    return { text: '', attachments: [{ type: 'image', key: c.image_key, name: null }] };
  }
  if (messageType === 'file' && typeof c.file_key === 'string') {
    const name = typeof c.file_name === 'string' ? c.file_name : null;
    return { text: '', attachments: [{ type: 'file', key: c.file_key, name }] };
  }
  if (messageType === 'post') {
    // A rich-text post: {title, content: [[{tag, text}]]}, possibly under a locale key.
    const post = (Array.isArray(c.content) ? c : (Object.values(c)[0] ?? {})) as Record<string, unknown>;
    const parts: string[] = typeof post.title === 'string' && post.title ? [post.title] : [];
    const attachments: Attachment[] = [];
    for (const line of Array.isArray(post.content) ? post.content : []) {
      for (const node of Array.isArray(line) ? line : []) {
        const n = node as Record<string, unknown>;
        if (typeof n.text === 'string') parts.push(n.text);
        if (n.tag === 'img' && typeof n.image_key === 'string') {
          attachments.push({ type: 'image', key: n.image_key, name: null });
        }
      }
    }
    return { text: parts.join(' '), attachments };
  }
  return { text: '', attachments: [] };
}
