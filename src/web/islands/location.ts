/**
 * "Gebruik mijn locatie": fills the hidden lat/lon fields of the search form from the
 * browser's location and submits. Without JavaScript the button stays hidden and the
 * postcode field does the same job. Starts on buttons marked `data-module="use-location"`.
 */
import { Island } from './names'

export const startUseLocation = (button: HTMLButtonElement): void => {
  const form = button.form
  const status = document.getElementById(button.dataset.status ?? '')
  if (!form || !('geolocation' in navigator)) return
  button.hidden = false
  const say = (text: string) => {
    if (status) status.textContent = text
  }
  button.addEventListener('click', () => {
    say(button.dataset.busy ?? '')
    button.disabled = true
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const set = (name: string, value: string) => {
          let input = form.elements.namedItem(name) as HTMLInputElement | null
          if (!input) {
            input = document.createElement('input')
            input.type = 'hidden'
            input.name = name
            form.append(input)
          }
          input.value = value
        }
        set('lat', position.coords.latitude.toFixed(5))
        set('lon', position.coords.longitude.toFixed(5))
        const postcode = form.elements.namedItem('postcode') as HTMLInputElement | null
        if (postcode) postcode.value = ''
        form.requestSubmit()
      },
      () => {
        button.disabled = false
        say(button.dataset.failed ?? '')
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    )
  })
}

for (const button of document.querySelectorAll<HTMLButtonElement>(
  `button[data-module="${Island.useLocation}"]`,
))
  startUseLocation(button)
