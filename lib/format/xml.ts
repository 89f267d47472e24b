/**
 * Escapes text for XML character data and attribute values: `& < > " '` become entities, so any
 * headline or URL can be written between tags or inside quotes.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Escapes plain text for a field that feed readers treat as HTML (Atom `type="html"`, RSS
 * `description`): `&`, `<` and `>` become entities. As a side effect the text can never contain
 * `]]>`, so it is also safe inside CDATA.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
