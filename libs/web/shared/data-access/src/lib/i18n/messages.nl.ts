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

  'notFound.heading': 'Pagina niet gevonden',
  'notFound.body': 'De pagina die u zocht bestaat niet of is verplaatst.',
  'notFound.home': 'Naar de startpagina',
};
