import { textBlocks } from '../../../src/lib/plainText'

describe("editors' plain text", () => {
  test('paragraphs by empty lines, lists by "- ", lines of a paragraph joined; markup stays text', () => {
    expect(
      textBlocks(
        'Wat we doen\nvoor werkgevers.\r\n\r\n- Jobcoaching\n- Loonkostensubsidie\n\n\n<b>Bel</b> ons.',
      ),
    ).toEqual([
      { kind: 'p', text: 'Wat we doen voor werkgevers.' },
      { kind: 'ul', items: ['Jobcoaching', 'Loonkostensubsidie'] },
      { kind: 'p', text: '<b>Bel</b> ons.' },
    ])
    expect(textBlocks(null)).toEqual([])
    expect(textBlocks('  \n\n ')).toEqual([])
  })
})
