/** The open-data page, Dutch (B1) and English. */
export const nlOpenData = {
  openDataPage: {
    title: 'Open data',
    lead: 'Alle activiteiten en plekken op deze website zijn open data. Andere websites en apps mogen ze overnemen. Zo vinden meer mensen ze.',
    feedTitle: 'Activiteiten als OpenActive-feed',
    feed: 'Alle activiteiten met hun dagen en tijden, volgens OpenActive (RPDE 1.0, SessionSeries). Lees de feed van begin tot eind door steeds de link in "next" te volgen. Wat verandert of verdwijnt, komt opnieuw achteraan. Een activiteit die verdwijnt, blijft nog minstens een week in de feed staan als "deleted".',
    feedOutdoor:
      'Activiteiten buiten zonder vast adres staan niet in de feed. OpenActive vraagt een adres of een plek op de kaart.',
    hsdsTitle: 'Activiteiten, plekken en organisaties via de HSDS-API',
    hsds: 'Volgens Open Referral HSDS 3.0: diensten, organisaties en locaties. Je kunt zoeken, per pagina lezen en vragen wat er sinds een datum is veranderd. Onze eigen velden (soort plek, treden van de participatieladder, laagdrempelig) staan in het Meedoen-profiel.',
    profile: 'Het Meedoen-profiel',
    searchTitle: 'Zoeken',
    search: 'De zoekfunctie van deze website als API, beschreven in OpenAPI.',
    example: 'Voorbeeld',
    licenseTitle: 'Licentie',
    license: 'Je mag de gegevens gebruiken onder de licentie',
    attribution: 'Noem daarbij de bron: {{site}}.',
    privacyTitle: 'Geen persoonsgegevens',
    privacy:
      'In de open data staan geen gegevens van inwoners en geen aantekeningen voor professionals. Alleen wat iedereen op deze website kan zien.',
    themesTitle: "Thema's",
    themes:
      'De activiteiten in de feed hebben deze thema\'s (het veld "activity"). Elk thema heeft een vast adres op deze pagina.',
    footer: 'Open data',
  },
}

export const enOpenData = {
  openDataPage: {
    title: 'Open data',
    lead: 'All activities and openings on this website are open data. Other websites and apps may republish them, so more people find them.',
    feedTitle: 'Activities as an OpenActive feed',
    feed: 'All activities with their days and times, following OpenActive (RPDE 1.0, SessionSeries). Read the feed from start to end by following the "next" link. What changes or disappears comes again at the end. An activity that disappears stays in the feed as "deleted" for at least a week.',
    feedOutdoor:
      'Outdoor activities without a fixed address are not in the feed: OpenActive asks for an address or a place on the map.',
    hsdsTitle: 'Activities, openings and organisations through the HSDS API',
    hsds: 'Following Open Referral HSDS 3.0: services, organisations and locations. You can search, read page by page and ask what changed since a date. Our own fields (kind of place, rungs of the participation ladder, low threshold) are in the Meedoen profile.',
    profile: 'The Meedoen profile',
    searchTitle: 'Search',
    search: "This website's search as an API, described in OpenAPI.",
    example: 'Example',
    licenseTitle: 'Licence',
    license: 'You may use the data under the licence',
    attribution: 'Name the source: {{site}}.',
    privacyTitle: 'No personal data',
    privacy:
      'The open data holds no data about residents and no notes for professionals. Only what anyone can see on this website.',
    themesTitle: 'Themes',
    themes:
      'The activities in the feed have these themes (the "activity" field). Each theme has a fixed address on this page.',
    footer: 'Open data',
  },
}
