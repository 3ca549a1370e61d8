import type { Message } from './message';
import type { TranslationKey } from './messages.en';

/** Dutch texts. The type makes a missing key a compile error. */
export const nl: Record<TranslationKey, Message> = {
  'app.name': 'Smart Cities Exchange',

  'title.template': '{page} · Smart Cities Exchange',
  'title.home': 'Gemeenschappen',
  'title.about': 'Over ons',
  'title.notFound': 'Pagina niet gevonden',
  'title.signIn': 'Inloggen',
  'title.register': 'Account aanmaken',
  'title.verifyEmail': 'E-mailadres bevestigen',
  'title.forgotPassword': 'Wachtwoord vergeten',
  'title.resetPassword': 'Nieuw wachtwoord kiezen',

  'shell.skipLink': 'Direct naar de inhoud',
  'shell.nav.label': 'Hoofdmenu',
  'shell.nav.home': 'Home',
  'shell.nav.about': 'Over ons',
  'shell.language.label': 'Taal',
  'shell.account.signIn': 'Inloggen',
  'shell.account.menu': 'Account',
  'shell.account.signOut': 'Uitloggen',
  'shell.account.signedIn': 'U bent ingelogd als {name}.',
  'shell.account.signedOut': 'U bent uitgelogd.',
  'shell.account.signOutFailed':
    'Uitloggen is mislukt. Controleer uw verbinding en probeer het opnieuw.',
  'shell.footer.label': 'Over deze site',
  'shell.footer.partnership':
    'Beheerd door het Smart Cities Exchange-partnerschap van steden, regio’s en universiteiten rond de Noordzee.',
  'shell.footer.sample': 'Dit is een voorbeeldomgeving met demogegevens.',
  'shell.footer.about': 'Over het platform',

  'home.hero.title': 'Deel wat werkt in digitale overheidsdiensten',
  'home.hero.lead':
    'Smart Cities Exchange brengt gemeenten, regio’s en universiteiten rond de Noordzee samen om te delen hoe zij digitale overheidsdiensten bouwen: de praktijken die werken, hoe ze over de grens zijn overgenomen en wat de evaluaties laten zien.',
  'home.communities.heading': 'Gemeenschappen',
  'home.communities.loading': 'Gemeenschappen laden…',
  'home.communities.loadingMore': 'Meer gemeenschappen laden…',
  'home.communities.error':
    'De gemeenschappen konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'home.communities.retry': 'Opnieuw proberen',
  'home.communities.empty': 'Er zijn nog geen gemeenschappen om te tonen.',
  'home.communities.loadMore': 'Meer gemeenschappen tonen',
  'home.communities.count': {
    one: '1 gemeenschap getoond',
    other: '{count} gemeenschappen getoond',
  },

  'community.visibility.public': 'Openbaar',
  'community.visibility.members': 'Alleen voor leden',
  'community.visibility.private': 'Besloten',
  'community.members': { one: '{count} lid', other: '{count} leden' },
  'community.threads': {
    one: '{count} discussie',
    other: '{count} discussies',
  },
  'community.lastActivity': 'Laatst actief op {date}',
  'community.noActivity': 'Nog geen activiteit',

  // Communities, threads, composer and bookmarks (web-communities-*, web-threads-*).
  'communities.nav.link': 'Gemeenschappen',
  'communities.title.directory': 'Gemeenschappen',
  'communities.title.new': 'Nieuwe gemeenschap',
  'communities.title.community': 'Gemeenschap',
  'communities.title.notFound': 'Gemeenschap niet gevonden',
  'communities.title.members': 'Leden · {name}',
  'communities.title.edit': 'Bewerken · {name}',
  'communities.title.newThread': 'Nieuwe discussie · {name}',
  'communities.directory.heading': 'Gemeenschappen',
  'communities.directory.lead':
    'Elke gemeenschap brengt de mensen samen die aan één soort dienstverlening werken. Word lid om vragen te stellen, te delen wat u hebt geleerd en mee te praten.',
  'communities.home.all': 'Alle gemeenschappen bekijken',
  'communities.directory.create': 'Nieuwe gemeenschap',
  'communities.loading': 'De gemeenschap wordt geladen…',
  'communities.loadFailed':
    'De gemeenschap kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'communities.retry': 'Opnieuw proberen',
  'communities.cancel': 'Annuleren',
  'communities.error.network':
    'Dat is niet gelukt. Controleer uw verbinding en probeer het opnieuw.',
  'communities.notFound.heading': 'Gemeenschap niet gevonden',
  'communities.notFound.body':
    'Er is geen gemeenschap op dit adres, of u mag deze niet zien.',
  'communities.notFound.link': 'Alle gemeenschappen bekijken',
  'communities.visibility.publicHint':
    'Iedereen kan meelezen, ook zonder in te loggen.',
  'communities.visibility.membersHint':
    'Iedereen die is ingelogd kan meelezen.',
  'communities.visibility.privateHint': 'Alleen de leden kunnen meelezen.',
  'communities.joinPolicy.open': 'Vrij toegankelijk',
  'communities.joinPolicy.request': 'Lid worden op aanvraag',
  'communities.joinPolicy.invite': 'Alleen op uitnodiging',
  'communities.joinPolicy.openHint':
    'Iedereen die is ingelogd kan direct lid worden.',
  'communities.joinPolicy.requestHint':
    'Mensen vragen om lid te worden; een moderator keurt ze goed.',
  'communities.joinPolicy.inviteHint':
    'Alleen mensen die een moderator uitnodigt, kunnen lid worden.',
  'communities.role.member': 'Lid',
  'communities.role.moderator': 'Moderator',
  'communities.membership.member': 'U bent lid',
  'communities.membership.moderator': 'U modereert deze gemeenschap',
  'communities.membership.requested': 'U hebt gevraagd om lid te worden',
  'communities.membership.invited': 'U bent uitgenodigd',
  'communities.membership.banned': 'U bent uit deze gemeenschap verwijderd',
  'communities.page.moderators': 'Moderatoren: {names}',
  'communities.page.membershipHeading': 'Uw lidmaatschap',
  'communities.page.invited':
    'U bent uitgenodigd om lid te worden van deze gemeenschap.',
  'communities.page.canJoin':
    'Word lid van deze gemeenschap om discussies te starten en te reageren.',
  'communities.page.canAsk':
    'Vraag om lid te worden: een moderator keurt nieuwe leden goed.',
  'communities.page.signedOut': 'Log in om lid te worden van deze gemeenschap.',
  'communities.page.inviteOnly':
    'Deze gemeenschap is alleen op uitnodiging. Vraag een van de moderatoren om u uit te nodigen.',
  'communities.page.notMember': 'U bent geen lid van deze gemeenschap.',
  'communities.page.requestWaiting': 'Uw aanvraag wacht op een moderator.',
  'communities.page.accept': 'Uitnodiging aannemen',
  'communities.page.decline': 'Uitnodiging afslaan',
  'communities.page.join': 'Lid worden',
  'communities.page.ask': 'Vragen om lid te worden',
  'communities.page.signIn': 'Inloggen om lid te worden',
  'communities.page.withdraw': 'Aanvraag intrekken',
  'communities.page.newThread': 'Discussie starten',
  'communities.page.members': 'Leden',
  'communities.page.edit': 'Gemeenschap bewerken',
  'communities.page.leave': 'Gemeenschap verlaten',
  'communities.join.joined': 'U bent lid geworden van {name}.',
  'communities.join.requested':
    'U hebt gevraagd om lid te worden van {name}. Een moderator bekijkt uw aanvraag.',
  'communities.join.accepted':
    'U hebt de uitnodiging aangenomen: u bent nu lid van {name}.',
  'communities.join.error.already':
    'U bent al lid van deze gemeenschap, of hebt al gevraagd om lid te worden.',
  'communities.join.error.banned':
    'U kunt geen lid worden van deze gemeenschap: de moderatoren hebben u verwijderd.',
  'communities.join.error.inviteOnly':
    'Deze gemeenschap is alleen op uitnodiging. Vraag een van de moderatoren om u uit te nodigen.',
  'communities.join.error.notMember': 'U bent geen lid van deze gemeenschap.',
  'communities.leave.title': '{name} verlaten?',
  'communities.leave.message':
    'U kunt hier dan geen discussies meer starten of reageren. U kunt later opnieuw lid worden als de gemeenschap dat toestaat.',
  'communities.leave.confirm': 'Gemeenschap verlaten',
  'communities.leave.done': 'U hebt {name} verlaten.',
  'communities.withdraw.title': 'Uw aanvraag intrekken?',
  'communities.withdraw.message':
    'Uw aanvraag om lid te worden van {name} wordt ingetrokken. U kunt later opnieuw een aanvraag doen.',
  'communities.withdraw.confirm': 'Aanvraag intrekken',
  'communities.withdraw.done':
    'U hebt uw aanvraag om lid te worden van {name} ingetrokken.',
  'communities.decline.title': 'De uitnodiging afslaan?',
  'communities.decline.message':
    'U wordt geen lid van {name}. Een moderator moet u dan opnieuw uitnodigen.',
  'communities.decline.confirm': 'Uitnodiging afslaan',
  'communities.decline.done': 'U hebt de uitnodiging voor {name} afgeslagen.',
  'communities.threads.heading': 'Discussies',
  'communities.threads.filters': 'Discussies filteren',
  'communities.threads.kind': 'Soort',
  'communities.threads.anyKind': 'Alle soorten',
  'communities.threads.tag': 'Label',
  'communities.threads.apply': 'Discussies tonen',
  'communities.threads.clear': 'Filters wissen',
  'communities.threads.loading': 'Discussies laden…',
  'communities.threads.loadingMore': 'Meer discussies laden…',
  'communities.threads.loadMore': 'Meer discussies tonen',
  'communities.threads.error':
    'De discussies konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'communities.threads.empty': 'Er zijn hier nog geen discussies.',
  'communities.threads.noMatch': 'Geen discussies voldoen aan deze filters.',
  'communities.threads.count': {
    one: '1 discussie getoond',
    other: '{count} discussies getoond',
  },
  'communities.threads.replies': {
    one: '1 reactie',
    other: '{count} reacties',
  },
  'communities.threads.meta':
    'Door {name} · {replies} · laatst actief op {date}',
  'communities.threads.membersOnly':
    'Alleen leden kunnen de discussies van deze besloten gemeenschap lezen.',
  'communities.threads.unread': 'Nieuw',
  'communities.threads.unreadHidden': 'nieuwe activiteit',
  'communities.members.heading': 'Leden van {name}',
  'communities.members.back': 'Terug naar {name}',
  'communities.members.loading': 'Laden…',
  'communities.members.error':
    'Deze lijst kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'communities.members.loadMore': 'Meer tonen',
  'communities.members.count': {
    one: '1 lid getoond',
    other: '{count} leden getoond',
  },
  'communities.members.column.name': 'Naam',
  'communities.members.column.organisation': 'Organisatie',
  'communities.members.column.role': 'Rol',
  'communities.members.column.since': 'Lid sinds',
  'communities.members.column.asked': 'Gevraagd op',
  'communities.members.column.invited': 'Uitgenodigd op',
  'communities.members.column.actions': 'Acties',
  'communities.members.list.heading': 'Leden',
  'communities.members.list.caption': 'Leden van {name}, het langst lid eerst',
  'communities.members.list.empty': 'Deze gemeenschap heeft nog geen leden.',
  'communities.members.requests.heading': 'Aanvragen om lid te worden',
  'communities.members.requests.caption':
    'Mensen die hebben gevraagd om lid te worden',
  'communities.members.requests.empty': 'Niemand wacht op toelating.',
  'communities.members.invitations.heading': 'Uitnodigingen',
  'communities.members.invitations.caption':
    'Uitgenodigde mensen die nog niet hebben aangenomen',
  'communities.members.invitations.empty':
    'Er zijn geen openstaande uitnodigingen.',
  'communities.members.approve': '{name} toelaten',
  'communities.members.approveShort': 'Toelaten',
  'communities.members.approved': '{name} is nu lid.',
  'communities.members.refuse.label': '{name} weigeren',
  'communities.members.refuse.short': 'Weigeren',
  'communities.members.refuse.title': '{name} weigeren?',
  'communities.members.refuse.message':
    'De aanvraag van {name} om lid te worden wordt geweigerd.',
  'communities.members.refuse.confirm': 'Aanvraag weigeren',
  'communities.members.refused': 'U hebt de aanvraag van {name} geweigerd.',
  'communities.members.withdraw.label': 'De uitnodiging van {name} intrekken',
  'communities.members.withdraw.short': 'Intrekken',
  'communities.members.withdraw.title': 'De uitnodiging van {name} intrekken?',
  'communities.members.withdraw.message':
    '{name} kan de uitnodiging dan niet meer aannemen.',
  'communities.members.withdraw.confirm': 'Uitnodiging intrekken',
  'communities.members.withdrawn':
    'U hebt de uitnodiging van {name} ingetrokken.',
  'communities.members.remove.label': '{name} verwijderen',
  'communities.members.remove.short': 'Verwijderen',
  'communities.members.remove.title': '{name} uit de gemeenschap verwijderen?',
  'communities.members.remove.message':
    '{name} kan hier dan geen discussies meer starten of reageren, en kan niet zelf opnieuw lid worden.',
  'communities.members.remove.confirm': 'Lid verwijderen',
  'communities.members.removed': 'U hebt {name} uit de gemeenschap verwijderd.',
  'communities.members.makeModerator':
    '{name} moderator van deze gemeenschap maken',
  'communities.members.makeModeratorShort': 'Moderator maken',
  'communities.members.makeMember': '{name} weer gewoon lid maken',
  'communities.members.makeMemberShort': 'Gewoon lid maken',
  'communities.members.madeModerator': '{name} modereert nu deze gemeenschap.',
  'communities.members.madeMember':
    '{name} is weer gewoon lid, geen moderator meer.',
  'communities.members.invite.heading': 'Iemand uitnodigen',
  'communities.members.invite.hint':
    'Typ minstens twee letters van de naam en kies de persoon uit de lijst. Iemand die al heeft gevraagd om lid te worden, wordt in plaats daarvan toegelaten.',
  'communities.members.invite.person': 'Persoon',
  'communities.members.invite.suggestions': 'Mensen om uit te nodigen',
  'communities.members.invite.pick': 'Kies de persoon die u wilt uitnodigen.',
  'communities.members.invite.submit': 'Uitnodiging versturen',
  'communities.members.invited': 'U hebt {name} uitgenodigd.',
  'communities.form.newHeading': 'Nieuwe gemeenschap',
  'communities.form.editHeading': '{name} bewerken',
  'communities.form.lead':
    'Wie een gemeenschap mag lezen en hoe mensen lid worden, kunt u later nog wijzigen.',
  'communities.form.name.label': 'Naam',
  'communities.form.slug.label': 'Webadres',
  'communities.form.slug.hint':
    'Het einde van het adres, zoals open-data: kleine letters, cijfers en koppeltekens. Laat het leeg om er een uit de naam te maken.',
  'communities.form.slug.editHint':
    'Het einde van het adres, zoals open-data: kleine letters, cijfers en koppeltekens. Als u het wijzigt, werken links naar het oude adres niet meer.',
  'communities.form.description.label': 'Beschrijving',
  'communities.form.description.hint':
    'Waar de gemeenschap over gaat, in maximaal 2.000 tekens.',
  'communities.form.visibility.label': 'Wie kan meelezen',
  'communities.form.joinPolicy.label': 'Hoe mensen lid worden',
  'communities.form.create': 'Gemeenschap aanmaken',
  'communities.form.save': 'Wijzigingen opslaan',
  'communities.form.saving': 'Opslaan…',
  'communities.form.created': 'De gemeenschap {name} is aangemaakt.',
  'communities.form.saved': 'Uw wijzigingen aan {name} zijn opgeslagen.',
  'communities.form.failed':
    'Opslaan is mislukt. Controleer uw verbinding en probeer het opnieuw.',
  'communities.form.error.name': 'Vul een naam in van 3 tot 80 tekens.',
  'communities.form.error.slug':
    'Vul een adres in van 3 tot 60 kleine letters, cijfers en enkele koppeltekens, zoals open-data (sommige woorden, zoals “new”, zijn gereserveerd).',
  'communities.form.error.slugTaken':
    'Een andere gemeenschap gebruikt dit adres al. Kies een ander.',
  'communities.form.error.description':
    'Kort de beschrijving in tot maximaal 2.000 tekens.',
  'communities.form.error.visibility': 'Kies wie de gemeenschap kan lezen.',
  'communities.form.error.joinPolicy': 'Kies hoe mensen lid worden.',
  'communities.form.notAllowed.heading': 'Niet toegestaan',
  'communities.form.notAllowed.body':
    'Alleen beheerders kunnen gemeenschappen aanmaken en bewerken.',

  'threads.title.thread': 'Discussie',
  'threads.title.notFound': 'Discussie niet gevonden',
  'threads.loading': 'De discussie wordt geladen…',
  'threads.loadFailed':
    'De discussie kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'threads.retry': 'Opnieuw proberen',
  'threads.cancel': 'Annuleren',
  'threads.notFound.heading': 'Discussie niet gevonden',
  'threads.notFound.body':
    'Deze discussie bestaat niet, is verwijderd, of u mag haar niet zien.',
  'threads.notFound.link': 'Alle gemeenschappen bekijken',
  'threads.breadcrumb': 'U bent hier',
  'threads.kind.discussion': 'Gesprek',
  'threads.kind.question': 'Vraag',
  'threads.kind.research': 'Onderzoek',
  'threads.kind.practice': 'Praktijk',
  'threads.state.pinned': 'Vastgezet',
  'threads.state.locked': 'Gesloten',
  'threads.state.answered': 'Beantwoord',
  'threads.state.hidden': 'Verborgen',
  'threads.meta.startedBy': 'Gestart door {name} op {date}',
  'threads.meta.edited': 'bewerkt op {date}',
  'threads.tags': 'Labels',
  'threads.tagLink': 'Discussies met het label {tag}',
  'threads.research.heading': 'Over het onderzoek',
  'threads.research.authors': 'Auteurs',
  'threads.research.abstract': 'Samenvatting',
  'threads.research.doi': 'DOI',
  'threads.research.link': 'Link',
  'threads.research.published': 'Gepubliceerd',
  'threads.answer.goTo':
    'Deze vraag heeft een geaccepteerd antwoord: ga erheen',
  'threads.answer.accept': 'Als antwoord accepteren',
  'threads.answer.clear': 'Acceptatie intrekken',
  'threads.answer.accepted':
    'De reactie van {name} is nu het geaccepteerde antwoord.',
  'threads.answer.cleared': 'De vraag heeft geen geaccepteerd antwoord meer.',
  'threads.bookmark.thread': 'Bladwijzer voor discussie',
  'threads.bookmark.post': 'Bladwijzer',
  'threads.bookmark.threadAdded': 'De discussie staat in uw bladwijzers.',
  'threads.bookmark.added': 'De reactie staat in uw bladwijzers.',
  'threads.bookmark.removed': 'De bladwijzer is verwijderd.',
  'threads.moderation.pin': 'Discussie vastzetten',
  'threads.moderation.lock': 'Discussie sluiten',
  'threads.moderation.pinned':
    'De discussie is vastgezet: ze staat bovenaan in de gemeenschap.',
  'threads.moderation.unpinned': 'De discussie staat niet meer vast.',
  'threads.moderation.locked':
    'De discussie is gesloten: alleen moderatoren kunnen reageren.',
  'threads.moderation.unlocked': 'De discussie staat weer open voor reacties.',
  'threads.replies.heading': { one: '1 reactie', other: '{count} reacties' },
  'threads.replies.loading': 'Reacties laden…',
  'threads.replies.loadingMore': 'Meer reacties laden…',
  'threads.replies.loadMore': 'Meer reacties tonen',
  'threads.replies.failed':
    'De reacties konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'threads.replies.empty': 'Nog geen reacties. Reageer als eerste.',
  'threads.reply.heading': 'Uw reactie',
  'threads.reply.label': 'Reageren op de discussie',
  'threads.reply.hint':
    'Markdown werkt: **vet**, _cursief_, [link](https://…), > citaat, - lijst.',
  'threads.reply.send': 'Reactie plaatsen',
  'threads.reply.posted': 'Uw reactie is geplaatst.',
  'threads.reply.quoting':
    'U citeert {name}: het citaat komt boven uw reactie.',
  'threads.reply.removeQuote': 'Citaat weghalen',
  'threads.reply.signIn': 'Log in om te reageren',
  'threads.reply.locked':
    'Deze discussie is gesloten: er kunnen geen reacties meer bij.',
  'threads.reply.join': 'Word lid van {community} om te reageren',
  'threads.post.deletedHeading': 'Verwijderde reactie',
  'threads.post.deleted': 'Deze reactie is verwijderd.',
  'threads.post.hiddenBody': 'Deze reactie is verborgen door de moderatoren.',
  'threads.post.hidden': 'Verborgen',
  'threads.post.accepted': 'Geaccepteerd antwoord',
  'threads.post.edited': 'bewerkt',
  'threads.post.editedHint': '(bewerkingsgeschiedenis tonen)',
  'threads.post.permalink': 'Link naar deze reactie, geplaatst op {date}',
  'threads.post.reply': 'Reageren',
  'threads.post.replyLabel': 'Uw reactie aan {name}',
  'threads.post.sendReply': 'Reactie plaatsen',
  'threads.post.quote': 'Citeren',
  'threads.post.more': 'Meer acties voor de reactie van {name}',
  'threads.post.moreShort': 'Meer',
  'threads.post.copyLink': 'Link kopiëren',
  'threads.post.linkCopied': 'De link naar de reactie is gekopieerd.',
  'threads.post.linkNotCopied': 'De link kon niet worden gekopieerd.',
  'threads.post.edit': 'Bewerken',
  'threads.post.editLabel': 'Uw reactie bewerken',
  'threads.post.save': 'Wijzigingen opslaan',
  'threads.post.saved': 'Uw wijzigingen zijn opgeslagen.',
  'threads.post.history': 'Bewerkingsgeschiedenis',
  'threads.post.delete.button': 'Verwijderen',
  'threads.post.delete.title': 'Deze reactie verwijderen?',
  'threads.post.delete.message':
    'Er staat dan “verwijderd”; de reacties erop blijven staan. Dit kan niet ongedaan worden gemaakt.',
  'threads.post.delete.confirm': 'Reactie verwijderen',
  'threads.post.deleted.done': 'De reactie is verwijderd.',
  'threads.post.showReplies': {
    one: '1 reactie tonen',
    other: '{count} reacties tonen',
  },
  'threads.post.hideReplies': {
    one: '1 reactie verbergen',
    other: '{count} reacties verbergen',
  },
  'threads.post.repliesTo': 'Reacties op {name}',
  'threads.post.notFound':
    'De reactie waar deze link naar wijst, is niet gevonden. Misschien is ze verwijderd.',
  'threads.branch.continue': {
    one: 'Verder in deze tak (1 reactie)',
    other: 'Verder in deze tak ({count} reacties)',
  },
  'threads.branch.more': 'Meer reacties in deze tak tonen',
  'threads.branch.loading': 'Reacties laden…',
  'threads.branch.failed': 'Deze reacties konden niet worden geladen.',
  'threads.branch.loaded': {
    one: '1 reactie meer getoond.',
    other: '{count} reacties meer getoond.',
  },
  'threads.reaction.like': 'Vind ik leuk',
  'threads.reaction.thanks': 'Bedankt',
  'threads.reaction.insightful': 'Verhelderend',
  'threads.reaction.agree': 'Eens',
  'threads.reaction.curious': 'Benieuwd',
  'threads.reaction.people': { one: '1 persoon', other: '{count} personen' },
  'threads.reaction.name': '{label}, {people}',
  'threads.reaction.nameMine': '{label}, {people}, u hebt gereageerd',
  'threads.history.title': 'Bewerkingsgeschiedenis van de reactie van {name}',
  'threads.history.loading': 'De versies worden geladen…',
  'threads.history.failed':
    'De bewerkingsgeschiedenis kon niet worden geladen.',
  'threads.history.legend':
    'Nieuwste eerst. Bij elke versie staat wat er veranderde ten opzichte van de vorige: verwijderde tekst is doorgestreept, toegevoegde tekst onderstreept.',
  'threads.history.version': 'Versie {n}',
  'threads.history.currentVersion': 'Versie {n} (huidig)',
  'threads.history.savedBy': 'Opgeslagen door {name} op {date}',
  'threads.history.first': 'De eerste versie, zoals ze werd geplaatst:',
  'threads.history.addedStart': '[toegevoegd: ',
  'threads.history.addedEnd': ']',
  'threads.history.removedStart': '[verwijderd: ',
  'threads.history.removedEnd': ']',
  'threads.history.close': 'Sluiten',
  'threads.error.network':
    'Dat is niet gelukt. Controleer uw verbinding en probeer het opnieuw.',
  'threads.error.failed': 'Dat is niet gelukt. Probeer het opnieuw.',
  'threads.error.signedOut':
    'Uw sessie is verlopen. Log opnieuw in en probeer het nog eens.',
  'threads.error.forbidden': 'Dat mag u niet doen.',
  'threads.error.notMember': 'Word eerst lid van deze gemeenschap.',
  'threads.error.gone': 'Dit is er niet meer: misschien is het verwijderd.',
  'threads.error.locked': 'Deze discussie is gesloten.',
  'threads.error.conflict':
    'Dit is intussen veranderd. Laad de pagina opnieuw en probeer het nog eens.',
  'threads.error.parentGone':
    'De reactie waarop u antwoordt, is verwijderd. Reageer op de discussie zelf.',
  'threads.form.problems': 'Er is een probleem',
  'threads.new.heading': 'Discussie starten',
  'threads.new.lead':
    'In {community}. Iedereen die de gemeenschap kan lezen, kan uw discussie lezen.',
  'threads.new.notMember':
    'Word lid van deze gemeenschap om er een discussie te starten.',
  'threads.new.toCommunity': 'Naar {community}',
  'threads.new.kind.label': 'Soort discussie',
  'threads.new.kind.discussionHint': 'Iets bespreken met de gemeenschap.',
  'threads.new.kind.questionHint':
    'Iets vragen; u kunt de reactie accepteren die uw vraag beantwoordt.',
  'threads.new.kind.researchHint':
    'Een onderzoek delen, met auteurs en samenvatting.',
  'threads.new.kind.practiceHint':
    'Beschrijven hoe uw organisatie een dienst levert.',
  'threads.new.title.label': 'Titel',
  'threads.new.title.hint': 'Waar het over gaat, in 3 tot 200 tekens.',
  'threads.new.body.label': 'Tekst',
  'threads.new.body.hint':
    'Markdown werkt: **vet**, _cursief_, [link](https://…), > citaat, - lijst.',
  'threads.new.tags.label': 'Labels (optioneel)',
  'threads.new.tags.hint':
    'Maximaal 10, gescheiden door komma’s, zoals open data, eidas.',
  'threads.new.language.label': 'Taal van de discussie',
  'threads.new.language.hint': 'De taal waarin u schrijft.',
  'threads.new.research.legend': 'Over het onderzoek',
  'threads.new.research.authors': 'Auteurs',
  'threads.new.research.authorsHint': 'Eén per regel.',
  'threads.new.research.abstract': 'Samenvatting',
  'threads.new.research.doi': 'DOI (optioneel)',
  'threads.new.research.doiHint': 'Zoals 10.1000/xyz123.',
  'threads.new.research.link': 'Link naar de publicatie (optioneel)',
  'threads.new.research.published': 'Publicatiedatum (optioneel)',
  'threads.new.submit': 'Discussie publiceren',
  'threads.new.publishing': 'Publiceren…',
  'threads.new.published': 'Uw discussie “{title}” is gepubliceerd.',
  'threads.new.failed':
    'Publiceren is mislukt. Controleer uw verbinding en probeer het opnieuw.',
  'threads.new.researchNotAllowed':
    'Alleen onderzoekers en moderatoren kunnen onderzoek plaatsen. Kies een andere soort.',
  'threads.new.error.kind': 'Kies de soort discussie.',
  'threads.new.error.title': 'Vul een titel in van 3 tot 200 tekens.',
  'threads.new.error.body':
    'Schrijf de tekst van de discussie, in maximaal 50.000 tekens.',
  'threads.new.error.tags':
    'Vul maximaal 10 labels in van 2 tot 40 letters, cijfers, spaties of koppeltekens, gescheiden door komma’s.',
  'threads.new.error.language': 'Kies de taal van de discussie.',
  'threads.new.error.authors':
    'Noem ten minste één auteur (één per regel, elk 2 tot 120 tekens).',
  'threads.new.error.abstract':
    'Schrijf de samenvatting, in maximaal 5.000 tekens.',
  'threads.new.error.doi':
    'Vul een DOI in zoals 10.1000/xyz123, of laat het leeg.',
  'threads.new.error.link':
    'Vul een webadres in dat begint met https:// of http://, of laat het leeg.',
  'threads.new.error.publishedOn':
    'Vul de publicatiedatum in, of laat het leeg.',

  'composer.tabs.label': '{label}: schrijven of voorbeeld',
  'composer.tabs.write': 'Schrijven',
  'composer.tabs.preview': 'Voorbeeld',
  'composer.toolbar': 'Opmaak',
  'composer.tool.bold': 'Vet ({key}+B)',
  'composer.tool.italic': 'Cursief ({key}+I)',
  'composer.tool.link': 'Link',
  'composer.tool.quote': 'Citaat',
  'composer.tool.list': 'Opsomming',
  'composer.tool.code': 'Code',
  'composer.placeholder.text': 'tekst',
  'composer.placeholder.link': 'linktekst',
  'composer.placeholder.code': 'code',
  'composer.count': '{count} van {max} tekens',
  'composer.keys':
    'Sneltoetsen: {key}+Enter verstuurt, {key}+B vet, {key}+I cursief.',
  'composer.mentionHint':
    'Om iemand te noemen typt u @ en minstens twee letters van de naam.',
  'composer.mention.suggestions': 'Mensen om te noemen',
  'composer.sending': 'Versturen…',
  'composer.draft.restored': 'Uw niet-verstuurde concept is teruggezet.',
  'composer.draft.discard': 'Concept weggooien',
  'composer.preview.loading': 'Het voorbeeld wordt geladen…',
  'composer.preview.empty': 'Nog niets om te tonen.',
  'composer.preview.failed':
    'Het voorbeeld kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'composer.error.empty': 'Schrijf iets voordat u het verstuurt.',
  'composer.error.tooLong': 'Kort de tekst in tot maximaal {max} tekens.',
  'composer.error.rejected':
    'De tekst is niet geaccepteerd: hij mag niet leeg zijn, hoogstens 50.000 tekens hebben en hoogstens 20 mensen noemen.',

  'people.search.found': {
    one: '1 persoon gevonden. Kies met de pijltoetsen omhoog en omlaag en Enter.',
    other:
      '{count} mensen gevonden. Kies met de pijltoetsen omhoog en omlaag en Enter.',
  },
  'people.search.none': 'Niemand gevonden met die naam.',
  'people.search.failed':
    'Er kon niet naar mensen worden gezocht. Controleer uw verbinding en probeer het opnieuw.',

  'bookmarks.title': 'Bladwijzers',
  'bookmarks.menu': 'Bladwijzers',
  'bookmarks.heading': 'Bladwijzers',
  'bookmarks.lead':
    'De discussies en reacties die u hebt bewaard, nieuwste eerst.',
  'bookmarks.loading': 'Uw bladwijzers worden geladen…',
  'bookmarks.loadingMore': 'Meer bladwijzers laden…',
  'bookmarks.loadMore': 'Meer bladwijzers tonen',
  'bookmarks.error':
    'Uw bladwijzers konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'bookmarks.empty':
    'U hebt nog geen bladwijzers. Maak een bladwijzer voor een discussie of reactie om die hier terug te vinden.',
  'bookmarks.toCommunities': 'Naar de gemeenschappen',
  'bookmarks.count': {
    one: '1 bladwijzer getoond',
    other: '{count} bladwijzers getoond',
  },
  'bookmarks.kind.thread': 'Discussie',
  'bookmarks.kind.post': 'Reactie',
  'bookmarks.replyIn': 'Een reactie in “{title}”',
  'bookmarks.saved': 'bewaard op {date}',
  'bookmarks.remove': 'Verwijderen',
  'bookmarks.removeLabel': 'De bladwijzer voor “{title}” verwijderen',
  'bookmarks.removing': 'Verwijderen…',
  'bookmarks.removed': 'De bladwijzer voor “{title}” is verwijderd.',
  'bookmarks.removeFailed':
    'De bladwijzer kon niet worden verwijderd. Controleer uw verbinding en probeer het opnieuw.',
  // (end of communities, threads, composer and bookmarks)

  'organisations.title.list': 'Organisaties',
  'organisations.title.detail': 'Organisatie',
  'organisations.title.notFound': 'Organisatie niet gevonden',
  'organisations.nav.link': 'Organisaties',
  'organisations.retry': 'Opnieuw proberen',
  'organisations.field.name': 'Naam',
  'organisations.field.kind': 'Soort',
  'organisations.field.city': 'Plaats',
  'organisations.field.country': 'Land',
  'organisations.field.place': 'Vestiging',
  'organisations.field.website': 'Website',
  'organisations.field.members': 'Leden',
  'organisations.kind.municipality': 'Gemeente',
  'organisations.kind.region': 'Regio',
  'organisations.kind.national_authority': 'Nationale overheid',
  'organisations.kind.university': 'Universiteit',
  'organisations.kind.research_institute': 'Onderzoeksinstituut',
  'organisations.kind.other': 'Andere organisatie',
  'organisations.country.GB': 'Verenigd Koninkrijk',
  'organisations.country.NL': 'Nederland',
  'organisations.country.BE': 'België',
  'organisations.country.DE': 'Duitsland',
  'organisations.country.DK': 'Denemarken',
  'organisations.country.SE': 'Zweden',
  'organisations.country.NO': 'Noorwegen',
  'organisations.role.member': 'Lid',
  'organisations.role.researcher': 'Onderzoeker',
  'organisations.role.moderator': 'Moderator',
  'organisations.role.admin': 'Beheerder',
  'organisations.list.heading': 'Organisaties',
  'organisations.list.lead':
    'De steden, regio’s, nationale diensten en universiteiten rond de Noordzee die aan de uitwisseling meedoen.',
  'organisations.list.search.label': 'Organisaties zoeken',
  'organisations.list.search.field': 'Naam bevat',
  'organisations.list.search.submit': 'Zoeken',
  'organisations.list.search.clear': 'Alles tonen',
  'organisations.list.caption': 'Organisaties in het netwerk, op naam',
  'organisations.list.captionSearch':
    'Organisaties waarvan de naam “{q}” bevat',
  'organisations.list.loading': 'Organisaties laden…',
  'organisations.list.loadingMore': 'Meer organisaties laden…',
  'organisations.list.loadMore': 'Meer organisaties tonen',
  'organisations.list.error':
    'De organisaties konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'organisations.list.empty': 'Er zijn nog geen organisaties.',
  'organisations.list.noMatch': 'Geen enkele organisatienaam bevat “{q}”.',
  'organisations.list.count': {
    one: '1 organisatie getoond',
    other: '{count} organisaties getoond',
  },
  'organisations.detail.lead': '{kind} in {city}, {country}',
  'organisations.detail.loading': 'Organisatie laden…',
  'organisations.detail.error':
    'De organisatie kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'organisations.detail.notFound.heading': 'Organisatie niet gevonden',
  'organisations.detail.notFound.body':
    'Op dit adres staat geen organisatie. Misschien is ze verwijderd, of klopt de link niet.',
  'organisations.detail.noWebsite': 'Geen website opgegeven',
  'organisations.detail.back': 'Alle organisaties',
  'organisations.detail.members.heading': 'Leden',
  'organisations.detail.members.loading': 'Leden laden…',
  'organisations.detail.members.loadingMore': 'Meer leden laden…',
  'organisations.detail.members.loadMore': 'Meer leden tonen',
  'organisations.detail.members.error':
    'De leden konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'organisations.detail.members.empty':
    'Er heeft zich nog niemand van deze organisatie aangemeld.',
  'organisations.detail.members.expertise': 'Expertise',
  'organisations.detail.members.count': {
    one: '1 van {total} leden getoond',
    other: '{count} van {total} leden getoond',
  },

  'admin.title.users': 'Personen · Beheer',
  'admin.title.organisations': 'Organisaties · Beheer',
  'admin.title.audit': 'Auditlog · Beheer',
  'admin.title.notAllowed': 'Geen toegang',
  'admin.menu.link': 'Beheer',
  'admin.nav.label': 'Beheer',
  'admin.nav.users': 'Personen',
  'admin.nav.organisations': 'Organisaties',
  'admin.nav.audit': 'Auditlog',
  'admin.notAllowed.heading': 'U kunt deze pagina niet gebruiken',
  'admin.notAllowed.body':
    'Deze pagina is voor beheerders. Hebt u toegang nodig, vraag het dan aan een beheerder van het platform.',
  'admin.notAllowed.home': 'Naar de startpagina',
  'admin.retry': 'Opnieuw proberen',
  'admin.loadingMore': 'Meer laden…',
  'admin.filters.apply': 'Filters toepassen',
  'admin.filters.clear': 'Filters wissen',
  'admin.dialog.cancel': 'Annuleren',
  'admin.dialog.working': 'Bezig…',
  'admin.error.failed':
    'Dat is niet gelukt. Controleer uw verbinding en probeer het opnieuw.',
  'admin.error.signedOut': 'Uw sessie is afgelopen. Log opnieuw in.',
  'admin.error.forbidden': 'Uw rol staat dit niet toe.',
  'admin.error.notFound':
    'Dit bestaat niet meer. Laad de pagina opnieuw voor de actuele lijst.',
  'admin.error.conflict':
    'Dit kan niet in de huidige staat van het account; misschien is die intussen veranderd. Laad de pagina opnieuw en probeer het nog eens.',
  'admin.status.pending': 'Wacht op goedkeuring',
  'admin.status.active': 'Actief',
  'admin.status.suspended': 'Geschorst',
  'admin.status.deleted': 'Verwijderd',

  'admin.users.heading': 'Personen',
  'admin.users.lead':
    'Keur nieuwe accounts goed, wijzig rollen en schors of heractiveer personen. Elke wijziging komt in het auditlog.',
  'admin.users.filters.label': 'Personen filteren',
  'admin.users.filters.q': 'Naam of e-mailadres bevat',
  'admin.users.filters.status': 'Status',
  'admin.users.filters.anyStatus': 'Elke status',
  'admin.users.filters.role': 'Rol',
  'admin.users.filters.anyRole': 'Elke rol',
  'admin.users.caption': 'Personen, nieuwste eerst',
  'admin.users.captionFiltered':
    'Personen die aan de filters voldoen, nieuwste eerst',
  'admin.users.column.person': 'Persoon',
  'admin.users.column.organisation': 'Organisatie',
  'admin.users.column.role': 'Rol',
  'admin.users.column.status': 'Status',
  'admin.users.column.joined': 'Lid sinds',
  'admin.users.column.actions': 'Acties',
  'admin.users.you': 'u',
  'admin.users.unverified': 'E-mailadres nog niet bevestigd',
  'admin.users.suspendedUntil': 'Tot {date}',
  'admin.users.suspendedIndefinitely': 'Tot opheffing',
  'admin.users.suspensionReason': 'Reden: {reason}',
  'admin.users.loading': 'Personen laden…',
  'admin.users.loadMore': 'Meer personen tonen',
  'admin.users.error':
    'De personen konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'admin.users.empty': 'Er is hier nog niemand.',
  'admin.users.noMatch': 'Niemand voldoet aan deze filters.',
  'admin.users.count': {
    one: '1 persoon getoond',
    other: '{count} personen getoond',
  },
  'admin.users.history.link': 'Geschiedenis',
  'admin.users.history.label': 'Geschiedenis van {name} in het auditlog',
  'admin.users.approve.button': 'Goedkeuren',
  'admin.users.approve.label': 'Goedkeuren: {name}',
  'admin.users.approve.title': '{name} goedkeuren?',
  'admin.users.approve.message':
    '{name} kan inloggen zodra het account is goedgekeurd en krijgt daarover een e-mail.',
  'admin.users.approve.submit': 'Goedkeuren',
  'admin.users.approve.done': '{name} is goedgekeurd en kan nu inloggen.',
  'admin.users.role.button': 'Rol wijzigen',
  'admin.users.role.buttonLabel': 'Rol wijzigen van {name}',
  'admin.users.role.title': 'Rol wijzigen van {name}',
  'admin.users.role.current': 'Huidige rol: {role}.',
  'admin.users.role.label': 'Nieuwe rol',
  'admin.users.role.hint.member':
    'Leest inhoud voor leden en doet mee in de gemeenschappen waar die lid van is.',
  'admin.users.role.hint.researcher':
    'Een lid dat ook onderzoeksdiscussies kan plaatsen.',
  'admin.users.role.hint.moderator':
    'Een onderzoeker die ook elke gemeenschap kan modereren en leden kan schorsen.',
  'admin.users.role.hint.admin':
    'Mag alles, ook personen, rollen en organisaties beheren.',
  'admin.users.role.error.unchanged': 'Kies een andere rol dan de huidige.',
  'admin.users.role.submit': 'Rol wijzigen',
  'admin.users.role.done': '{name} is nu {role}.',
  'admin.users.suspend.button': 'Schorsen',
  'admin.users.suspend.label': 'Schorsen: {name}',
  'admin.users.suspend.title': '{name} schorsen',
  'admin.users.suspend.intro':
    'Een geschorst persoon wordt meteen uitgelogd en kan niet inloggen tot de schorsing eindigt.',
  'admin.users.suspend.reason': 'Reden',
  'admin.users.suspend.reasonHint':
    'Waarom, in 3 tot 1.000 tekens. De reden wordt in het auditlog bewaard.',
  'admin.users.suspend.until': 'Laatste dag (optioneel)',
  'admin.users.suspend.untilHint':
    'De schorsing eindigt bij het begin van deze dag, in uw tijdzone. Laat leeg om te schorsen tot iemand de schorsing opheft.',
  'admin.users.suspend.error.reason':
    'Vul een reden in van 3 tot 1.000 tekens.',
  'admin.users.suspend.error.until':
    'Vul een datum na vandaag in, of laat het veld leeg.',
  'admin.users.suspend.submit': 'Schorsen',
  'admin.users.suspend.done': '{name} is geschorst.',
  'admin.users.reactivate.button': 'Heractiveren',
  'admin.users.reactivate.label': 'Heractiveren: {name}',
  'admin.users.reactivate.title': '{name} heractiveren?',
  'admin.users.reactivate.message':
    'De schorsing wordt meteen opgeheven en {name} kan weer inloggen.',
  'admin.users.reactivate.submit': 'Heractiveren',
  'admin.users.reactivate.done': '{name} is weer actief.',

  'admin.organisations.heading': 'Organisaties',
  'admin.organisations.lead':
    'De partnerorganisaties. Personen met een e-mailadres in een van de domeinen van een organisatie worden zonder goedkeuring geactiveerd.',
  'admin.organisations.search.label': 'Organisaties zoeken',
  'admin.organisations.search.field': 'Naam bevat',
  'admin.organisations.search.submit': 'Zoeken',
  'admin.organisations.new': 'Nieuwe organisatie',
  'admin.organisations.column.domains': 'E-maildomeinen',
  'admin.organisations.column.actions': 'Acties',
  'admin.organisations.none': 'Geen',
  'admin.organisations.edit': 'Bewerken',
  'admin.organisations.editLabel': 'Bewerken: {name}',
  'admin.organisations.error':
    'De organisaties konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'admin.organisations.created': '{name} is aangemaakt.',
  'admin.organisations.updated': 'De wijzigingen aan {name} zijn opgeslagen.',
  'admin.organisations.dialog.createTitle': 'Nieuwe organisatie',
  'admin.organisations.dialog.editTitle': '{name} bewerken',
  'admin.organisations.dialog.chooseKind': 'Kies een soort',
  'admin.organisations.dialog.chooseCountry': 'Kies een land',
  'admin.organisations.dialog.website': 'Website (optioneel)',
  'admin.organisations.dialog.websiteHint':
    'Het volledige adres, zoals https://www.groningen.nl',
  'admin.organisations.dialog.domains': 'E-maildomeinen (optioneel)',
  'admin.organisations.dialog.domainsHint':
    'Eén per regel, zoals groningen.nl. Nieuwe accounts met deze adressen hebben geen goedkeuring nodig.',
  'admin.organisations.dialog.create': 'Organisatie aanmaken',
  'admin.organisations.dialog.save': 'Wijzigingen opslaan',
  'admin.organisations.error.name': 'Vul een naam in van 2 tot 120 tekens.',
  'admin.organisations.error.kind': 'Kies de soort organisatie.',
  'admin.organisations.error.country': 'Kies het land.',
  'admin.organisations.error.city':
    'Vul een plaats in van hoogstens 80 tekens.',
  'admin.organisations.error.website':
    'Vul een volledig webadres in dat met https:// begint, of laat het veld leeg.',
  'admin.organisations.error.domain':
    '“{domain}” is geen domeinnaam. Vul domeinen in zoals groningen.nl.',
  'admin.organisations.error.domainsTooMany': 'Vul hoogstens 20 domeinen in.',
  'admin.organisations.error.unchanged':
    'Er is niets gewijzigd. Wijzig een veld, of annuleer.',

  'admin.audit.heading': 'Auditlog',
  'admin.audit.lead':
    'Elke wijziging door beheerders en moderatoren, nieuwste eerst. Regels worden nooit gewijzigd of verwijderd.',
  'admin.audit.filters.label': 'Auditlog filteren',
  'admin.audit.filters.action': 'Actie',
  'admin.audit.filters.anyAction': 'Elke actie',
  'admin.audit.filters.targetType': 'Onderwerp',
  'admin.audit.filters.anyTargetType': 'Elk onderwerp',
  'admin.audit.filters.targetId': 'Id van het onderwerp',
  'admin.audit.filters.actorId': 'Gedaan door (gebruikers-id)',
  'admin.audit.error.action': 'Kies een actie uit de lijst.',
  'admin.audit.error.targetType': 'Kies een onderwerp uit de lijst.',
  'admin.audit.error.targetId': 'Vul een id in van hoogstens 100 tekens.',
  'admin.audit.error.actorId':
    'Vul een gebruikers-id in, zoals 2f1c9b5e-8a3d-4c7e-9f10-6b2d4e8a1c3f.',
  'admin.audit.filterError':
    'Een filter is niet geldig; zie de melding bij het veld.',
  'admin.audit.caption': 'Auditlog, nieuwste eerst',
  'admin.audit.captionFiltered':
    'Regels die aan de filters voldoen, nieuwste eerst',
  'admin.audit.column.when': 'Wanneer',
  'admin.audit.column.action': 'Actie',
  'admin.audit.column.target': 'Onderwerp',
  'admin.audit.column.actor': 'Door',
  'admin.audit.column.details': 'Details',
  'admin.audit.action.user.approved': 'Account goedgekeurd',
  'admin.audit.action.user.role-changed': 'Rol gewijzigd',
  'admin.audit.action.user.suspended': 'Geschorst',
  'admin.audit.action.user.reactivated': 'Geheractiveerd',
  'admin.audit.action.user.suspension-ended': 'Schorsing afgelopen',
  'admin.audit.action.organisation.created': 'Organisatie aangemaakt',
  'admin.audit.action.organisation.updated': 'Organisatie gewijzigd',
  'admin.audit.action.access-token.created': 'Toegangstoken aangemaakt',
  'admin.audit.action.access-token.revoked': 'Toegangstoken ingetrokken',
  'admin.audit.targetType.user': 'Persoon',
  'admin.audit.targetType.organisation': 'Organisatie',
  'admin.audit.targetType.access-token': 'Toegangstoken',
  'admin.audit.detail.reason': 'Reden',
  'admin.audit.detail.role': 'Rol',
  'admin.audit.detail.until': 'Tot',
  'admin.audit.detail.untilLifted': 'opheffing door iemand',
  'admin.audit.system': 'Het systeem',
  'admin.audit.you': 'U',
  'admin.audit.filterByTarget': 'Alle regels tonen over',
  'admin.audit.filterByActor': 'Alle regels tonen door',
  'admin.audit.openOrganisation': 'Pagina van de organisatie openen',
  'admin.audit.loading': 'Auditlog laden…',
  'admin.audit.loadMore': 'Oudere regels tonen',
  'admin.audit.error':
    'Het auditlog kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'admin.audit.empty': 'Er is nog niets vastgelegd.',
  'admin.audit.noMatch': 'Geen regels voldoen aan deze filters.',
  'admin.audit.count': {
    one: '1 regel getoond',
    other: '{count} regels getoond',
  },

  'about.title': 'Over Smart Cities Exchange',
  'about.lead':
    'Smart Cities Exchange is een praktijkgemeenschap voor de mensen die digitale overheidsdiensten bouwen in de Noordzeeregio.',
  'about.purpose.heading': 'Waar het platform voor is',
  'about.purpose.body':
    'Gemeenten, regio’s en nationale overheidsinstanties rond de Noordzee gebruiken het platform samen met hun academische partners om van elkaar te leren. Ze bespreken hoe ze digitale diensten leveren, publiceren onderzoek, ontmoeten elkaar op evenementen en delen documenten.',
  'about.practices.heading': 'Praktijken, overdrachten en evaluaties',
  'about.practices.body':
    'De kern is een overzicht van e-overheidspraktijken: welk probleem een dienst oplost, hoe die werkt en wat die heeft opgeleverd. Wanneer een organisatie een praktijk van een andere overneemt, wordt die overdracht stap voor stap gevolgd, met de aanpassingen die nodig waren en de geleerde lessen. Evaluaties beoordelen elke praktijk op effectiviteit, gebruikerstevredenheid, kostenefficiëntie en overdraagbaarheid, zodat anderen kunnen zien wat het beste werkt en waarom.',
  'about.access.heading': 'Open voor iedereen, meer voor leden',
  'about.access.body':
    'Iedereen kan de openbare gemeenschappen en praktijken lezen. Ambtenaren en onderzoekers die inloggen, kunnen ook deelnemen aan de gemeenschappen voor leden, vragen stellen en hun eigen werk delen.',
  'about.operator.heading': 'Wie het platform beheert',
  'about.operator.body':
    'Smart Cities Exchange wordt beheerd door het Smart Cities Exchange-partnerschap van steden, regio’s en universiteiten rond de Noordzee.',
  'about.sample':
    'Dit is een voorbeeldomgeving met demogegevens. De mensen, gemeenschappen en discussies die u hier ziet, dienen alleen ter demonstratie.',

  'signIn.heading': 'Inloggen',
  'signIn.lead':
    'Log in om deel te nemen aan de gemeenschappen voor leden, vragen te stellen en uw eigen werk te delen.',
  'signIn.email.label': 'E-mailadres',
  'signIn.password.label': 'Wachtwoord',
  'signIn.submit': 'Inloggen',
  'signIn.submitting': 'Bezig met inloggen…',
  'signIn.error.summary': 'Er is een probleem',
  'signIn.error.emailRequired': 'Vul uw e-mailadres in.',
  'signIn.error.emailInvalid':
    'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'signIn.error.passwordRequired': 'Vul uw wachtwoord in.',
  'signIn.error.invalidCredentials':
    'Het e-mailadres of wachtwoord is onjuist.',
  'signIn.error.accountPending':
    'Uw account wacht op goedkeuring door een beheerder. U krijgt een e-mail zodra het is goedgekeurd.',
  'signIn.error.accountSuspended':
    'Uw account is geschorst. Neem contact op met de moderatoren als u denkt dat dit een vergissing is.',
  'signIn.error.failed':
    'Inloggen is mislukt. Controleer uw verbinding en probeer het opnieuw.',

  'signIn.createAccount': 'Nieuw hier? Maak een account aan',

  'signIn.sso.or': 'Of log in met uw e-mailadres',
  'signIn.sso.button': 'Inloggen met {name}',
  'signIn.sso.error.failed':
    'Inloggen met het account van uw organisatie is niet gelukt. Probeer het opnieuw.',
  'signIn.sso.error.organisationNotAllowed':
    'Uw organisatie gebruikt hier geen single sign-on. Maak een account aan met uw e-mailadres.',
  'signIn.sso.error.emailMissing':
    'Het account van uw organisatie gaf uw e-mailadres niet door, dus er kon geen account worden aangemaakt.',
  'signIn.sso.error.emailInUse':
    'Er bestaat al een account met dit e-mailadres. Log in met uw wachtwoord en koppel daarna het account van uw organisatie in uw instellingen.',

  'register.heading': 'Account aanmaken',
  'register.lead':
    'Ambtenaren en onderzoekers van de partnerorganisaties kunnen lid worden. We sturen u een e-mail om uw adres te bevestigen.',
  'register.email.label': 'E-mailadres',
  'register.displayName.label': 'Weergavenaam',
  'register.displayName.hint': 'Hoe anderen u zien, 2 tot 60 tekens.',
  'register.organisation.label': 'Organisatie',
  'register.organisation.choose': 'Kies uw organisatie',
  'register.organisation.loadFailed':
    'De lijst met organisaties kon niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',
  'register.password.label': 'Wachtwoord',
  'register.password.hint':
    'Minstens 12 tekens. Veelgebruikte wachtwoorden worden geweigerd; een paar losse woorden maken een sterk wachtwoord.',
  'register.submit': 'Account aanmaken',
  'register.submitting': 'Bezig met aanmaken…',
  'register.done.heading': 'Kijk in uw e-mail',
  'register.error.summary': 'Er is een probleem',
  'register.error.emailRequired': 'Vul uw e-mailadres in.',
  'register.error.emailInvalid':
    'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'register.error.displayNameLength':
    'Vul een weergavenaam in van 2 tot 60 tekens.',
  'register.error.organisationRequired': 'Kies uw organisatie.',
  'register.error.passwordLength':
    'Vul een wachtwoord in van 12 tot 128 tekens.',
  'register.error.passwordRejected':
    'Kies een ander wachtwoord: dit wachtwoord is te gangbaar of te kort.',
  'register.error.failed':
    'Het aanmaken van het account is mislukt. Controleer uw verbinding en probeer het opnieuw.',

  'verifyEmail.heading': 'E-mailadres bevestigen',
  'verifyEmail.checking': 'Bezig met bevestigen van uw e-mailadres…',
  'verifyEmail.active': 'Uw adres is bevestigd — u kunt nu inloggen.',
  'verifyEmail.awaitingApproval':
    'Uw adres is bevestigd; een beheerder keurt uw account goed. U krijgt een e-mail zodra dat is gebeurd.',
  'verifyEmail.signIn': 'Naar inloggen',
  'verifyEmail.linkInvalid':
    'Deze link is ongeldig of verlopen. Registreer opnieuw om een nieuwe link te krijgen.',
  'verifyEmail.failed':
    'Bevestigen is mislukt. Controleer uw verbinding en laad de pagina opnieuw.',
  'verifyEmail.register': 'Account aanmaken',

  'signIn.forgotPassword': 'Wachtwoord vergeten?',

  'forgotPassword.heading': 'Wachtwoord vergeten',
  'forgotPassword.lead':
    'Vul het e-mailadres van uw account in. We sturen u een link om een nieuw wachtwoord te kiezen.',
  'forgotPassword.email.label': 'E-mailadres',
  'forgotPassword.submit': 'Link versturen',
  'forgotPassword.submitting': 'Bezig met versturen…',
  'forgotPassword.done.heading': 'Kijk in uw e-mail',
  'forgotPassword.error.failed':
    'Het versturen van de link is mislukt. Controleer uw verbinding en probeer het opnieuw.',

  'resetPassword.heading': 'Nieuw wachtwoord kiezen',
  'resetPassword.password.label': 'Nieuw wachtwoord',
  'resetPassword.submit': 'Wachtwoord opslaan',
  'resetPassword.submitting': 'Bezig met opslaan…',
  'resetPassword.done': 'Uw wachtwoord is gewijzigd. U kunt nu inloggen.',
  'resetPassword.signIn': 'Naar inloggen',
  'resetPassword.forgot': 'Vraag een nieuwe link aan',
  'resetPassword.error.linkInvalid':
    'Deze link is ongeldig of verlopen. Vraag een nieuwe aan.',
  'resetPassword.error.failed':
    'Het opslaan van het wachtwoord is mislukt. Controleer uw verbinding en probeer het opnieuw.',

  'settings.title.profile': 'Profiel',
  'settings.title.account': 'Accountinstellingen',
  'settings.title.tokens': 'Toegangstokens',
  'settings.title.confirmEmail': 'Nieuw e-mailadres bevestigen',
  'settings.menu.profile': 'Profiel',
  'settings.menu.settings': 'Instellingen',
  'settings.nav.label': 'Instellingen',
  'settings.nav.profile': 'Profiel',
  'settings.nav.account': 'Account',
  'settings.nav.tokens': 'Toegangstokens',
  'settings.error.summary': 'Er is een probleem',
  'settings.retry': 'Opnieuw proberen',
  'settings.saving': 'Bezig met opslaan…',
  'settings.sending': 'Bezig met versturen…',
  'settings.cancel': 'Annuleren',

  'settings.profile.heading': 'Profiel',
  'settings.profile.lead':
    'Hoe andere leden u zien, en de taal en tijdzone die de site voor u gebruikt.',
  'settings.profile.loading': 'Uw profiel wordt geladen…',
  'settings.profile.loadFailed':
    'Uw profiel kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'settings.profile.displayName.label': 'Weergavenaam',
  'settings.profile.displayName.hint':
    'Hoe anderen u zien, 2 tot 60 tekens.',
  'settings.profile.bio.label': 'Over u',
  'settings.profile.bio.hint':
    'Uw werk en waarmee u anderen kunt helpen. Maximaal 2.000 tekens.',
  'settings.profile.expertise.label': 'Expertise',
  'settings.profile.expertise.hint':
    'Onderwerpen waar u verstand van hebt, gescheiden door komma’s, zoals “open data, digitale identiteit”. Maximaal 20 labels van elk hooguit 40 tekens.',
  'settings.profile.language.label': 'Taal',
  'settings.profile.language.hint': 'De taal waarin de site u aanspreekt.',
  'settings.profile.timeZone.label': 'Tijdzone',
  'settings.profile.timeZone.hint':
    'Waar u bent, zodat tijden in uw plaatselijke tijd kunnen worden getoond.',
  'settings.profile.submit': 'Profiel opslaan',
  'settings.profile.saved': 'Uw profiel is opgeslagen.',
  'settings.profile.error.displayName':
    'Vul een weergavenaam in van 2 tot 60 tekens.',
  'settings.profile.error.bio':
    'Maak de tekst over u korter: maximaal 2.000 tekens.',
  'settings.profile.error.expertise':
    'Geef maximaal 20 expertiselabels op, elk hooguit 40 tekens lang.',
  'settings.profile.error.language': 'Kies een taal uit de lijst.',
  'settings.profile.error.timeZone': 'Kies een tijdzone uit de lijst.',
  'settings.profile.error.failed':
    'Het opslaan van uw profiel is mislukt. Controleer uw verbinding en probeer het opnieuw.',

  'settings.sso.heading': 'Inloggen via uw organisatie',
  'settings.sso.lead':
    'Koppel uw account aan {name} en log daarmee in in plaats van met uw wachtwoord.',
  'settings.sso.link': '{name} koppelen',
  'settings.sso.linked': 'Uw account is nu gekoppeld aan {name}.',
  'settings.sso.error.failed':
    'Het koppelen van het account van uw organisatie is niet gelukt. Probeer het opnieuw.',
  'settings.sso.error.alreadyLinked':
    'Dat account van uw organisatie is al gekoppeld aan een ander account hier.',
  'settings.account.heading': 'Account',
  'settings.account.lead':
    'Uw wachtwoord en het e-mailadres waarmee u inlogt.',
  'settings.password.heading': 'Wachtwoord wijzigen',
  'settings.password.lead':
    'Hier blijft u ingelogd; op alle andere apparaten wordt u uitgelogd.',
  'settings.password.current.label': 'Huidig wachtwoord',
  'settings.password.new.label': 'Nieuw wachtwoord',
  'settings.password.new.hint':
    'Minstens 12 tekens. Veelgebruikte wachtwoorden worden geweigerd; een paar losse woorden maken een sterk wachtwoord.',
  'settings.password.submit': 'Wachtwoord wijzigen',
  'settings.password.changed':
    'Uw wachtwoord is gewijzigd. Andere apparaten zijn uitgelogd.',
  'settings.password.error.currentRequired': 'Vul uw huidige wachtwoord in.',
  'settings.password.error.currentWrong':
    'Dit is niet uw huidige wachtwoord. Controleer het en probeer het opnieuw.',
  'settings.password.error.newLength':
    'Vul een nieuw wachtwoord in van 12 tot 128 tekens.',
  'settings.password.error.newSame':
    'Kies een nieuw wachtwoord dat verschilt van het huidige.',
  'settings.password.error.newRejected':
    'Kies een ander wachtwoord: dit is te veelgebruikt of te makkelijk te raden.',
  'settings.password.error.failed':
    'Het wijzigen van het wachtwoord is mislukt. Controleer uw verbinding en probeer het opnieuw.',
  'settings.email.heading': 'E-mailadres wijzigen',
  'settings.email.current': 'U logt in met {email}.',
  'settings.email.lead':
    'We sturen een link naar het nieuwe adres; uw adres verandert pas als u die opent.',
  'settings.email.new.label': 'Nieuw e-mailadres',
  'settings.email.submit': 'Bevestigingslink versturen',
  'settings.email.sent':
    'We hebben een link naar {email} gestuurd. Open die binnen 24 uur om de wijziging door te voeren; tot dan blijft uw adres ongewijzigd.',
  'settings.email.error.newInvalid':
    'Vul een e-mailadres in de juiste vorm in, zoals naam@voorbeeld.nl.',
  'settings.email.error.newSame':
    'Dit is al uw adres. Vul een ander adres in.',
  'settings.email.error.newRejected':
    'Vul een geldig e-mailadres in dat niet uw huidige adres is.',
  'settings.email.error.failed':
    'Het versturen van de link is mislukt. Controleer uw verbinding en probeer het opnieuw.',

  'settings.tokens.heading': 'Toegangstokens',
  'settings.tokens.lead':
    'Met persoonlijke toegangstokens kunnen scripts en koppelingen namens u de API gebruiken. Wie een token heeft, kan handelen als u: houd ze geheim en trek tokens in die u niet meer gebruikt.',
  'settings.tokens.create.heading': 'Token aanmaken',
  'settings.tokens.create.submit': 'Token aanmaken',
  'settings.tokens.create.submitting': 'Bezig met aanmaken…',
  'settings.tokens.name.label': 'Naam',
  'settings.tokens.name.hint':
    'Waarvoor het token dient, zoals “Synchronisatie open data”. Maximaal 80 tekens.',
  'settings.tokens.expiry.label': 'Verloopt',
  'settings.tokens.expiry.days7': 'Over 7 dagen',
  'settings.tokens.expiry.days30': 'Over 30 dagen',
  'settings.tokens.expiry.days90': 'Over 90 dagen',
  'settings.tokens.expiry.days365': 'Over een jaar',
  'settings.tokens.expiry.never': 'Nooit',
  'settings.tokens.error.name': 'Vul een naam in van 1 tot 80 tekens.',
  'settings.tokens.error.expiry': 'Kies wanneer het token verloopt.',
  'settings.tokens.error.failed':
    'Het aanmaken van het token is mislukt. Controleer uw verbinding en probeer het opnieuw.',
  'settings.tokens.error.tooMany':
    'U hebt 20 toegangstokens, het maximum. Trek er een in voordat u een nieuw token aanmaakt.',
  'settings.tokens.error.revokeFailed':
    'Het intrekken van “{name}” is mislukt. Controleer uw verbinding en probeer het opnieuw.',
  'settings.tokens.secret.heading': 'Kopieer nu uw nieuwe token “{name}”',
  'settings.tokens.secret.warning':
    'Het token wordt alleen nu getoond. Bewaar het op een veilige plek, zoals een wachtwoordbeheerder, voordat u deze pagina verlaat. Raakt u het kwijt, trek het dan in en maak een nieuw token aan.',
  'settings.tokens.secret.label': 'Uw nieuwe token',
  'settings.tokens.secret.copy': 'Token kopiëren',
  'settings.tokens.secret.copiedButton': 'Gekopieerd',
  'settings.tokens.secret.copied': 'Het token is gekopieerd.',
  'settings.tokens.secret.copyFailed':
    'Kopiëren is mislukt. Het token is geselecteerd: druk op Ctrl+C (⌘C op een Mac) om het te kopiëren.',
  'settings.tokens.secret.usage':
    'Stuur het bij elk API-verzoek mee in de header “Authorization: Bearer <token>”.',
  'settings.tokens.secret.done': 'Ik heb het bewaard',
  'settings.tokens.list.heading': 'Uw tokens',
  'settings.tokens.list.loading': 'Uw tokens worden geladen…',
  'settings.tokens.list.loadFailed':
    'Uw tokens konden niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  'settings.tokens.list.empty': 'U hebt geen toegangstokens.',
  'settings.tokens.list.prefix': 'Begint met',
  'settings.tokens.list.created': 'Aangemaakt',
  'settings.tokens.list.expires': 'Verloopt',
  'settings.tokens.list.expired': 'Verlopen op {date}',
  'settings.tokens.list.neverExpires': 'Nooit',
  'settings.tokens.list.lastUsed': 'Laatst gebruikt',
  'settings.tokens.list.neverUsed': 'Nog niet gebruikt',
  'settings.tokens.revoke.button': 'Intrekken',
  'settings.tokens.revoke.revoking': 'Bezig met intrekken…',
  'settings.tokens.revoke.title': '“{name}” intrekken?',
  'settings.tokens.revoke.body':
    'Scripts en koppelingen die dit token gebruiken, werken meteen niet meer. Dit kan niet ongedaan worden gemaakt.',
  'settings.tokens.revoke.confirm': 'Token intrekken',
  'settings.tokens.revoked': 'Het token “{name}” is ingetrokken.',

  'settings.confirmEmail.heading': 'Nieuw e-mailadres bevestigen',
  'settings.confirmEmail.checking': 'Uw nieuwe e-mailadres wordt bevestigd…',
  'settings.confirmEmail.confirmed':
    'Uw nieuwe e-mailadres is bevestigd. Log er voortaan mee in.',
  'settings.confirmEmail.toSettings': 'Naar uw accountinstellingen',
  'settings.confirmEmail.linkInvalid':
    'Deze link is ongeldig of verlopen. Vraag een nieuwe aan in uw accountinstellingen.',
  'settings.confirmEmail.askAgain': 'Vraag een nieuwe link aan',
  'settings.confirmEmail.failed':
    'Bevestigen is mislukt. Controleer uw verbinding en laad de pagina opnieuw om het nog eens te proberen.',

  'notFound.heading': 'Pagina niet gevonden',
  'notFound.body': 'De pagina die u zocht bestaat niet of is verplaatst.',
  'notFound.home': 'Naar de startpagina',
};
