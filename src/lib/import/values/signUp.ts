/**
 * Reads whether people must sign up from one cell: "vrije inloop", "zonder aanmelden" → walk_in;
 * "aanmelden verplicht", "opgeven via …" → sign_up. A bare "ja" or "nee" is a problem here:
 * it depends on the column's question; the caller can read such a column with parseYesNo.
 */
import { fail, ok, emptyCell, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'

export type SignUp = 'walk_in' | 'sign_up'

const EXPECTED = {
  nl: "'vrije inloop' (zonder aanmelden) of 'aanmelden' (aanmelden nodig)",
  en: "'vrije inloop' (walk in) or 'aanmelden' (sign-up needed)",
}

const SIGN_UP_WORD = String.raw`(?:aanmelden|aanmelding|aan te melden|opgeven|opgave|inschrijven|inschrijving|reserveren|reservering|sign[- ]?up|signing up|registration|register|registreren|booking|book)`
/** Sign-up that is not needed: walk in. Read first, as they name sign-up too. */
const NO_SIGN_UP = new RegExp(
  String.raw`\b(?:zonder|geen|no|without) ${SIGN_UP_WORD}\b|\b${SIGN_UP_WORD} (?:is )?(?:niet nodig|niet verplicht|hoeft niet|not needed|not required)\b`,
  'g',
)
const WALK_IN =
  /\b(?:vrije inloop|inloop\w*|inlopen|binnenlopen|binnen lopen|kom langs|loop binnen|loop (?:gewoon )?binnen|vrij toegankelijk|drop[- ]?in|walk[- ]?in)\b/
const SIGN_UP = new RegExp(String.raw`\b${SIGN_UP_WORD}\b`)
/** Sign-up that is asked but not required: still sign_up (the only other choice is walk in), with a warning. */
const WISHED = /\b(?:gewenst|graag|liefst|bij voorkeur|welkom|preferred|appreciated)\b/

/** Reads one cell with how people join: walk in, or sign up first. */
export const parseSignUp = (cell: CellInput): CellResult<SignUp> => {
  if (isEmptyCell(cell)) return emptyCell(EXPECTED)
  const raw = shown(cell)
  const text = typeof cell === 'string' ? fold(cell) : ''
  if (
    /^(?:ja|nee|j|n|yes|no|x|waar|onwaar|true|false|1|0)\.?$/.test(text) ||
    typeof cell !== 'string'
  )
    return fail(
      `Met '${raw}' weet ik niet of aanmelden nodig is. Schrijf 'vrije inloop' of 'aanmelden'.`,
      `With '${raw}' it is not clear whether sign-up is needed. Write 'vrije inloop' or 'aanmelden'.`,
      EXPECTED,
    )
  let walkIn = false
  const rest = text.replace(NO_SIGN_UP, () => ((walkIn = true), ' '))
  walkIn ||= WALK_IN.test(rest)
  const signUp = SIGN_UP.test(rest)
  if (walkIn && signUp)
    return fail(
      `Hier staat zowel inloop als aanmelden: '${raw}'. Kies één van de twee.`,
      `This says both walk in and sign up: '${raw}'. Choose one.`,
      EXPECTED,
    )
  if (walkIn) return ok('walk_in')
  if (!signUp)
    return fail(
      `Ik begrijp niet of aanmelden nodig is: '${raw}'.`,
      `It is not clear whether sign-up is needed: '${raw}'.`,
      EXPECTED,
    )
  if (!WISHED.test(rest)) return ok('sign_up')
  return ok('sign_up', {
    nl: `Aanmelden is hier gewenst, niet verplicht: '${raw}'. Het wordt 'aanmelden nodig'; kies anders 'vrije inloop'.`,
    en: `Sign-up is wished here, not required: '${raw}'. It becomes 'sign-up needed'; otherwise choose 'vrije inloop'.`,
  })
}
