// The embed's side of the conversation with its host page, and the snippet a host pastes to join it.

/** The message an embed posts to its host page with its height; the snippet below listens for it. */
export const HEIGHT_MESSAGE = 'usmca-embed:height';

/**
 * The iframe and a few lines of script that size it to its content: they accept the height only from this app's
 * origin and only for the iframe that sent it, so several embeds on a page each fit their own.
 */
export function embedSnippet(src: string, title: string, origin: string): string {
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" data-usmca-embed width="100%" height="720" ` +
    `style="border:0;max-width:960px" loading="lazy"></iframe>\n` +
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||` +
    `e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;document.querySelectorAll("iframe[data-usmca-embed]")` +
    `.forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`
  );
}
