// Saving a file the app made: a Blob or data URL handed to the browser as a download.
export function download(filename: string, content: Blob | string): void {
  const url = typeof content === 'string' ? content : URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: "Canada: duty by sector" -> "canada-duty-by-sector". */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart'
  );
}
