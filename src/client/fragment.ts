/**
 * A link's `#fragment` that names nothing on the page (mistyped, or from before an id was renamed
 * without `formerIds`) would silently land at the top. Instead the page says so, moves focus to the
 * notice so screen readers hear it, and offers the level's sections.
 */
export function watchFragments(root: Document): void {
  const notice = root.querySelector<HTMLElement>('[data-fragment-notice]');
  const message = notice?.querySelector<HTMLElement>('[data-fragment-message]');
  if (!notice || !message) return;
  const check = () => {
    const fragment = decodeURIComponent(location.hash.slice(1));
    const missing = fragment !== '' && !root.getElementById(fragment);
    notice.hidden = !missing;
    if (!missing) return;
    message.textContent = (message.dataset['template'] ?? '').replace('{fragment}', fragment);
    notice.focus();
  };
  check();
  window.addEventListener('hashchange', check);
}
