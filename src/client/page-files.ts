/**
 * What the worksheet and the case page both do with a reader's text: save it as a file they download,
 * and grow a notes field to what is written in it, so it shows, and prints, whole.
 */

/** Saves `text` as a file named `name`, which the browser downloads. */
export function download(name: string, type: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Grows a notes field to its text; an empty one keeps its size. */
export function fit(area: HTMLTextAreaElement): void {
  area.style.blockSize = '';
  if (area.value.trim() === '') return;
  if (area.scrollHeight > area.clientHeight) area.style.blockSize = `${area.scrollHeight + 2}px`;
}
