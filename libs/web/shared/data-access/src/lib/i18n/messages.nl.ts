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

  'notFound.heading': 'Pagina niet gevonden',
  'notFound.body': 'De pagina die u zocht bestaat niet of is verplaatst.',
  'notFound.home': 'Naar de startpagina',
};
