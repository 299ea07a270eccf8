/** "Wie is wie": professionals and members finding each other, in Dutch (B1) and English. */
export const nlWhosWho = {
  whosWho: {
    title: 'Wie is wie',
    lead: 'Collega’s in de keten: sociaal werk, de sociale dienst, dagbesteding, werkgevers. Zoek wie in een wijk werkt of ergens mee kan helpen, en bel of mail direct.',
    private:
      'Alleen voor professionals, leden van organisaties en de redactie. Niet op de openbare site.',
    ownTitle: 'Jouw kaart',
    ownNone: 'Je staat nog niet in Wie is wie. Laat collega’s weten wie je bent en waar je werkt.',
    ownMake: 'Maak je kaart',
    ownEdit: 'Pas je kaart aan',
    hidden: 'Niet zichtbaar voor anderen',
    q: 'Naam, organisatie of waar iemand mee helpt',
    area: 'Wijk',
    theme: 'Onderwerp',
    any: 'Alle',
    search: 'Zoek',
    count_one: '{{count}} collega',
    count_other: '{{count}} collega’s',
    none: 'Niemand gevonden. Kies een andere wijk of een ander onderwerp.',
    areas: 'Wijken',
    themes: 'Onderwerpen',
    helpWith: 'Kan helpen met',
  },
}

export const enWhosWho = {
  whosWho: {
    title: "Who's who",
    lead: 'Colleagues in the chain: social work, social services, day activities, employers. Find who works in a neighbourhood or can help with something, and call or e-mail them directly.',
    private:
      'Only for professionals, organisation members and the editors. Not on the public site.',
    ownTitle: 'Your entry',
    ownNone:
      "You are not in the who's who yet. Let colleagues know who you are and where you work.",
    ownMake: 'Make your entry',
    ownEdit: 'Edit your entry',
    hidden: 'Not visible to others',
    q: 'Name, organisation or what someone helps with',
    area: 'Neighbourhood',
    theme: 'Theme',
    any: 'All',
    search: 'Search',
    count_one: '{{count}} colleague',
    count_other: '{{count}} colleagues',
    none: 'Nobody found. Choose another neighbourhood or theme.',
    areas: 'Neighbourhoods',
    themes: 'Themes',
    helpWith: 'Can help with',
  },
}
