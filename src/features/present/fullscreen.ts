// Full screen for presentation mode: asked for from the click that starts it (browsers require a gesture);
// a refusal (iframe, settings) just leaves the full-window overlay.
export function enterFullscreen(): void {
  const el = document.documentElement;
  if (!document.fullscreenElement && typeof el.requestFullscreen === 'function') el.requestFullscreen().catch(() => {});
}
