import { usePage } from '../context'
import { Island, Marker, marked, startsIsland } from '../islands/names'

const BUTTON = 'utrecht-button utrecht-button--secondary-action'

/**
 * "Lees voor", "Pauze", "Stop": rendered hidden; the island (islands/readAloud.ts) shows them
 * when the browser has a voice for the page's language. Without one, or without JavaScript,
 * nothing shows.
 */
export const ReadAloud = () => {
  const { t } = usePage()
  return (
    <div
      className="read-aloud"
      role="group"
      aria-label={t('readAloud.label')}
      hidden
      data-play={t('readAloud.play')}
      data-resume={t('readAloud.resume')}
      {...startsIsland(Island.readAloud)}
      {...marked(Marker.readAloudSkip)}
    >
      <button type="button" className={BUTTON} data-action="play">
        {t('readAloud.play')}
      </button>
      <button type="button" className={BUTTON} data-action="pause" hidden>
        {t('readAloud.pause')}
      </button>
      <button type="button" className={BUTTON} data-action="stop" hidden>
        {t('readAloud.stop')}
      </button>
    </div>
  )
}
