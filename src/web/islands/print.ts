/**
 * "Afdrukken of opslaan als PDF" on a shortlist: opens the browser's print dialog, where
 * "Opslaan als PDF" is one of the printers. Without JavaScript the button stays hidden and the
 * hint beside it names the browser's own menu. Starts on buttons marked `data-module="print"`.
 */
import { Island } from './names'

export const startPrint = (button: HTMLButtonElement): void => {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}

for (const button of document.querySelectorAll<HTMLButtonElement>(
  `[data-module="${Island.print}"]`,
))
  startPrint(button)
