/**
 * A printed page says where it came from. The page states its canonical URL; where the site's address
 * was not configured at build time that is only a path, so before printing it takes the address the
 * reader is on.
 */
export function fillPrintAddress(root: Document): void {
  const absolute = /https?:\/\//;
  const address = root.querySelector<HTMLElement>('[data-print-address]');
  const urls = [...root.querySelectorAll<HTMLElement>('[data-print-url]')];
  window.addEventListener('beforeprint', () => {
    if (address && !absolute.test(address.textContent)) {
      address.textContent = address.textContent.replace(/\S+$/, location.href.replace(/#.*$/, ''));
    }
    for (const url of urls.filter((element) => !absolute.test(element.textContent))) {
      url.textContent = new URL(url.dataset['printUrl'] ?? '', location.href).href;
    }
  });
}
