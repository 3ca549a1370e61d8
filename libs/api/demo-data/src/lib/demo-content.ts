import type { CommunityVisibility, CountryCode, EventKind, GlobalRole, JoinPolicy, Language, OrganisationKind, ReactionKind, Research, ThreadKind } from '@sce/shared-contracts';

/**
 * The sample content a newcomer sees on first start. Every person is invented and every address
 * is @example.org; organisation names are those of real places so the network looks plausible.
 */
export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  country: CountryCode;
  city: string;
  website: string | null;
  emailDomains: string[];
}

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  organisation: string;
  role: GlobalRole;
  language: Language;
  timeZone: string;
  bio: string;
  expertise: string[];
  /** Default active; a pending person shows the approval queue to administrators. */
  status?: 'active' | 'pending';
}

export interface DemoCommunity {
  key: string;
  slug: string;
  name: string;
  description: string;
  visibility: CommunityVisibility;
  joinPolicy: JoinPolicy;
  members: string[];
  moderators: string[];
  /** Waiting for a community moderator's approval. */
  requested?: string[];
  /** Invited by a community moderator, not yet accepted. */
  invited?: string[];
}

export interface DemoReply {
  author: string;
  /** The current text. `@{key}` mentions that demo person. */
  body: string;
  /** Hours after the thread was opened. */
  after: number;
  replies?: DemoReply[];
  /** Earlier versions by the author, oldest first: the post shows as edited with a history. */
  earlier?: string[];
  /** Marks this reply as the question's accepted answer. */
  accepted?: boolean;
  /** Who reacted, per kind. */
  reactions?: Partial<Record<ReactionKind, string[]>>;
  /** Demo people who bookmarked this reply. */
  bookmarkedBy?: string[];
}

export interface DemoThread {
  community: string;
  author: string;
  kind: ThreadKind;
  title: string;
  body: string;
  tags: string[];
  /** Days before the seed ran. */
  daysAgo: number;
  pinned?: boolean;
  /** Authors, abstract, DOI, link and publication date of a research thread. */
  research?: Research;
  /** The language of the thread and its replies; default English. */
  language?: Language;
  replies: DemoReply[];
}

export interface DemoEvent {
  community: string;
  organiser: string;
  title: string;
  description: string;
  kind: EventKind;
  /** Days after the seed ran, at `localTime` in `timeZone`. */
  inDays: number;
  localTime: string;
  durationHours: number;
  timeZone: string;
  venue: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  agenda?: string;
  coOrganisers?: string[];
  /** Answers by demo person; `waitlisted` in line order. */
  rsvps?: { going?: string[]; maybe?: string[]; declined?: string[]; waitlisted?: string[] };
  cancelledReason?: string;
}

export const DEMO_ACCOUNTS = ['admin@example.org', 'moderator@example.org', 'researcher@example.org', 'member@example.org'] as const;

export const demoOrganisations: DemoOrganisation[] = [
  { key: 'aarhus', name: 'Aarhus Municipality', kind: 'municipality', country: 'DK', city: 'Aarhus', website: 'https://aarhus.example.org', emailDomains: ['aarhus.example.org'] },
  { key: 'groningen', name: 'Municipality of Groningen', kind: 'municipality', country: 'NL', city: 'Groningen', website: 'https://groningen.example.org', emailDomains: ['groningen.example.org'] },
  { key: 'west-flanders', name: 'Province of West Flanders', kind: 'region', country: 'BE', city: 'Bruges', website: 'https://west-flanders.example.org', emailDomains: [] },
  { key: 'bremen', name: 'Free Hanseatic City of Bremen', kind: 'region', country: 'DE', city: 'Bremen', website: 'https://bremen.example.org', emailDomains: [] },
  { key: 'gothenburg', name: 'City of Gothenburg', kind: 'municipality', country: 'SE', city: 'Gothenburg', website: 'https://gothenburg.example.org', emailDomains: [] },
  { key: 'stavanger', name: 'Stavanger Municipality', kind: 'municipality', country: 'NO', city: 'Stavanger', website: 'https://stavanger.example.org', emailDomains: [] },
  { key: 'aberdeen', name: 'Aberdeen City Council', kind: 'municipality', country: 'GB', city: 'Aberdeen', website: 'https://aberdeen.example.org', emailDomains: [] },
  { key: 'dk-agency', name: 'Danish Agency for Digital Government', kind: 'national_authority', country: 'DK', city: 'Copenhagen', website: 'https://digital-government.example.org', emailDomains: [] },
  { key: 'twente', name: 'University of Twente', kind: 'university', country: 'NL', city: 'Enschede', website: 'https://twente.example.org', emailDomains: [] },
  { key: 'jade', name: 'Jade University of Applied Sciences', kind: 'university', country: 'DE', city: 'Wilhelmshaven', website: 'https://jade.example.org', emailDomains: [] },
];

export const demoUsers: DemoUser[] = [
  { key: 'admin', email: 'admin@example.org', displayName: 'Ingrid Sørensen', organisation: 'dk-agency', role: 'admin', language: 'en', timeZone: 'Europe/Copenhagen', bio: 'Runs the Smart Cities Exchange platform for the partnership.', expertise: ['platform', 'digital government'] },
  { key: 'moderator', email: 'moderator@example.org', displayName: 'Pieter de Vries', organisation: 'groningen', role: 'moderator', language: 'nl', timeZone: 'Europe/Amsterdam', bio: 'Digital services coordinator; moderates the identity and open data communities.', expertise: ['eID', 'service design'] },
  { key: 'researcher', email: 'researcher@example.org', displayName: 'Dr Hanna Lindqvist', organisation: 'twente', role: 'researcher', language: 'en', timeZone: 'Europe/Amsterdam', bio: 'Researches how public-sector innovations travel between countries.', expertise: ['policy transfer', 'evaluation', 'eIDAS'] },
  { key: 'member', email: 'member@example.org', displayName: 'Tom Ashworth', organisation: 'aberdeen', role: 'member', language: 'en', timeZone: 'Europe/London', bio: 'Product owner for the council’s online permits and licensing service.', expertise: ['permits', 'open data'] },
  { key: 'lotte', email: 'lotte.janssens@example.org', displayName: 'Lotte Janssens', organisation: 'west-flanders', role: 'member', language: 'nl', timeZone: 'Europe/Brussels', bio: 'Enterprise architect for the province’s shared services.', expertise: ['interoperability', 'APIs'] },
  { key: 'jonas', email: 'jonas.weber@example.org', displayName: 'Jonas Weber', organisation: 'bremen', role: 'member', language: 'de', timeZone: 'Europe/Berlin', bio: 'Leads the Online Access Act programme in Bremen.', expertise: ['OZG', 'digital identity'] },
  { key: 'sofia', email: 'sofia.berg@example.org', displayName: 'Sofia Berg', organisation: 'gothenburg', role: 'member', language: 'sv', timeZone: 'Europe/Stockholm', bio: 'Service designer working on plain-language letters and forms.', expertise: ['service design', 'accessibility'] },
  { key: 'erik', email: 'erik.nilsen@example.org', displayName: 'Erik Nilsen', organisation: 'stavanger', role: 'member', language: 'nb', timeZone: 'Europe/Oslo', bio: 'Data platform manager, smart city programme.', expertise: ['open data', 'mobility'] },
  { key: 'mette', email: 'mette.kjaer@example.org', displayName: 'Mette Kjær', organisation: 'aarhus', role: 'member', language: 'da', timeZone: 'Europe/Copenhagen', bio: 'Head of citizen self-service channels.', expertise: ['self-service', 'MitID'] },
  { key: 'noah', email: 'noah.peeters@example.org', displayName: 'Noah Peeters', organisation: 'west-flanders', role: 'member', language: 'nl', timeZone: 'Europe/Brussels', bio: 'Just joined: works on the province’s citizen portal.', expertise: ['portals'], status: 'pending' },
  { key: 'lukas', email: 'lukas.hoffmann@example.org', displayName: 'Prof. Lukas Hoffmann', organisation: 'jade', role: 'researcher', language: 'de', timeZone: 'Europe/Berlin', bio: 'Teaches public administration informatics.', expertise: ['e-government', 'usability'] },
];

const everyone = demoUsers.filter((u) => u.status !== 'pending').map((u) => u.key);

export const demoCommunities: DemoCommunity[] = [
  {
    key: 'identity',
    slug: 'digital-identity',
    name: 'Digital Identity & Trust Services',
    description: 'Electronic identification, eIDAS 2.0 wallets, e-signatures and the trust services behind municipal self-service. Share what worked when you moved a service to digital sign-in.',
    visibility: 'public',
    joinPolicy: 'open',
    members: everyone,
    moderators: ['moderator'],
  },
  {
    key: 'open-data',
    slug: 'open-data',
    name: 'Open Data & Interoperability',
    description: 'Publishing and reusing public data across borders: standards, APIs, data catalogues, licensing and the organisational work that keeps data flowing.',
    visibility: 'public',
    joinPolicy: 'open',
    members: ['moderator', 'researcher', 'member', 'lotte', 'erik', 'jonas', 'lukas'],
    moderators: ['moderator'],
  },
  {
    key: 'service-design',
    slug: 'service-design-lab',
    name: 'Service Design Lab',
    description: 'A members-only space for service designers and product owners to share work in progress: research findings, prototypes, plain-language letters and accessibility lessons.',
    visibility: 'members',
    joinPolicy: 'request',
    members: ['sofia', 'member', 'mette', 'lukas', 'researcher', 'moderator'],
    moderators: ['sofia'],
    requested: ['erik'],
  },
  {
    key: 'steering',
    slug: 'partnership-steering-group',
    name: 'Partnership Steering Group',
    description: 'Private working space of the partnership’s steering group: meeting agendas, work plans and reporting to the programme secretariat.',
    visibility: 'private',
    joinPolicy: 'invite',
    members: ['admin', 'moderator', 'researcher', 'jonas'],
    moderators: ['admin'],
    invited: ['lotte'],
  },
];

export const demoThreads: DemoThread[] = [
  {
    community: 'identity',
    author: 'member',
    kind: 'question',
    title: 'How did you move municipal self-service to national eID sign-in?',
    body: 'We are replacing our own username-and-password accounts with national eID sign-in for **all** council self-service forms in 2027.\n\nFor those who have done this already:\n\n1. How did you handle residents without a national eID?\n2. Did you keep the old accounts for a transition period?\n3. What happened to your call volumes in the first three months?',
    tags: ['eid', 'migration', 'self-service'],
    daysAgo: 12,
    pinned: false,
    replies: [
      {
        author: 'mette',
        after: 3,
        accepted: true,
        reactions: { insightful: ['member', 'jonas', 'researcher'], thanks: ['member'] },
        bookmarkedBy: ['member'],
        earlier: ['In Aarhus we ran both sign-in methods side by side for six months. Call volumes rose at first and then went back to normal.'],
        body: 'In Aarhus we ran both sign-in methods side by side for six months. Residents without MitID could still book an appointment at a citizen service centre, where staff act on their behalf with a logged power of attorney.\n\nCall volumes rose by about 15 % in the first month and were back to normal by month three.',
        replies: [
          {
            author: 'member',
            after: 5,
            body: 'Thank you, that is really useful. Did you announce the end date of the old accounts up front, or only once most people had switched?',
            replies: [
              { author: 'mette', after: 7, body: 'Up front, with reminders by letter at three months and one month before the end. The reminders mattered more than the announcement.' },
            ],
          },
        ],
      },
      {
        author: 'jonas',
        after: 20,
        body: 'Bremen kept the old accounts read-only for a year so that people could still download earlier decisions. Worth planning for: people need their history, not just new forms.',
        reactions: { agree: ['mette', 'member'] },
      },
      {
        author: 'researcher',
        after: 30,
        body: 'Our survey across four countries found that **assisted digital** support (someone who helps you through the first sign-in) did more for take-up among older residents than any communication campaign. Happy to share the questionnaire — @{mette}, your citizen service centres would be a good comparison.',
        reactions: { curious: ['mette'], like: ['member'] },
      },
    ],
  },
  {
    community: 'identity',
    author: 'researcher',
    kind: 'research',
    title: 'Trust in European digital identity wallets: a survey of 1,200 residents in four North Sea countries',
    body: '**Abstract.** We surveyed residents of Denmark, the Netherlands, Germany and Norway about their willingness to use a European Digital Identity Wallet for municipal services. Willingness was highest for low-risk transactions (booking, permits) and lowest for social care. Trust in the issuing authority mattered more than the technology.\n\nThe working paper is open for comments from practitioners until the end of the month.',
    tags: ['eidas', 'wallet', 'survey'],
    daysAgo: 20,
    pinned: true,
    research: {
      authors: ['Dr Hanna Lindqvist', 'Prof. Lukas Hoffmann'],
      abstract: 'A survey of 1,200 residents in Denmark, the Netherlands, Germany and Norway on their willingness to use a European Digital Identity Wallet for municipal services (sample data).',
      doi: '10.5555/sce-sample.2026.014',
      link: 'https://research.example.org/papers/wallet-trust',
      publishedOn: '2026-09-15',
    },
    replies: [
      {
        author: 'moderator',
        after: 10,
        body: 'Pinned for the community: this is a good starting point for anyone preparing a wallet pilot.',
      },
      {
        author: 'lukas',
        after: 26,
        body: 'Interesting that social care scores lowest. Did you control for whether respondents had used social care services themselves?',
        replies: [{ author: 'researcher', after: 40, body: 'Yes; the gap is smaller among recent users of those services but still clearly there.' }],
      },
    ],
  },
  {
    community: 'open-data',
    author: 'erik',
    kind: 'discussion',
    title: 'Publishing real-time parking availability: which standard did you choose?',
    body: 'Stavanger is about to open real-time parking data from our garages. We are weighing **DATEX II** against a simpler JSON API with a published schema.\n\nWhat did you pick, and what do reusers actually consume?',
    tags: ['mobility', 'standards', 'real-time'],
    daysAgo: 6,
    replies: [
      {
        author: 'lotte',
        after: 2,
        body: 'We publish both: DATEX II for the national access point (it is mandatory for us) and a small JSON feed that app developers prefer. The JSON feed is generated from the same source, so it costs little to keep.',
        replies: [{ author: 'erik', after: 4, body: 'That is the pragmatic answer I was hoping for. Do you version the JSON schema?' }],
      },
      { author: 'member', after: 9, body: 'Aberdeen only did JSON and regretted it when the national access point came along. Start with the standard.' },
    ],
  },
  {
    community: 'open-data',
    author: 'lotte',
    kind: 'practice',
    title: 'Practice: one shared API gateway for 64 municipalities',
    body: 'West Flanders runs a shared API gateway that 64 municipalities use to publish their registers. Each municipality keeps ownership of its data; the province runs the platform, the developer portal and the service desk.\n\nResults after two years: 180 published APIs, average time to publish a new dataset down from 9 weeks to 2.',
    tags: ['api', 'shared-services'],
    daysAgo: 30,
    replies: [{ author: 'jonas', after: 12, body: 'How is the platform funded — per municipality, or from the provincial budget?' }],
  },
  {
    community: 'service-design',
    author: 'sofia',
    kind: 'discussion',
    title: 'Plain-language decision letters: before and after examples',
    body: 'We rewrote our ten most common decision letters with residents. The new versions put the decision and the next step first, and cut average length by 40 %.\n\nI have attached anonymised before/after pairs in the thread below. What would you change?',
    tags: ['plain-language', 'letters'],
    daysAgo: 4,
    replies: [
      { author: 'mette', after: 6, body: 'Putting the next step first is exactly what our call centre asked for. Did complaints about unclear letters go down?' },
    ],
  },
  {
    community: 'steering',
    author: 'admin',
    kind: 'discussion',
    title: 'Draft agenda for the spring partner meeting',
    body: 'Draft agenda for the spring meeting:\n\n- Progress on the practice catalogue\n- Transfer pilots: status per partner\n- Evaluation framework (lead: University of Twente)\n- Budget reallocation for the final year\n\nPlease add items before Friday.',
    tags: ['partner-meeting'],
    daysAgo: 2,
    replies: [{ author: 'jonas', after: 5, body: 'Could we add a short slot on the communication plan for the final conference?' }],
  },
  // Sample threads in Dutch, German and Danish: search stems each in its own language.
  {
    community: 'identity',
    author: 'moderator',
    kind: 'question',
    title: 'Parkeervergunning aanvragen met DigiD: hoe doet uw gemeente het?',
    body: 'Onze gemeente wil de aanvraag van een parkeervergunning volledig digitaal maken, met inloggen via DigiD en een automatische controle van het kenteken.\n\nWelke gemeenten hebben dit al gedaan, en hoe helpt u inwoners zonder DigiD?\n\n_Voorbeeldbericht (sample data)._',
    tags: ['eid', 'permits'],
    daysAgo: 9,
    language: 'nl',
    replies: [
      { author: 'lotte', after: 4, body: 'In West-Vlaanderen doen verschillende gemeenten dit al met itsme. Inwoners zonder digitale sleutel kunnen terecht aan het loket, waar een medewerker de aanvraag invoert.' },
    ],
  },
  {
    community: 'identity',
    author: 'jonas',
    kind: 'discussion',
    title: 'Online-Terminbuchung im Bürgeramt: Erfahrungen nach einem Jahr',
    body: 'Seit einem Jahr buchen Bürgerinnen und Bürger ihre Termine im Bürgeramt online. Die Wartezeiten sind deutlich gesunken, aber viele Termine werden nicht wahrgenommen.\n\nWie gehen andere Städte mit nicht erschienenen Terminen um?\n\n_Beispielbeitrag (sample data)._',
    tags: ['appointments', 'self-service'],
    daysAgo: 6,
    language: 'de',
    replies: [
      { author: 'lukas', after: 8, body: 'In unseren Befragungen halfen Erinnerungen per SMS am Vortag am meisten: die Quote nicht wahrgenommener Termine fiel um ein Drittel.' },
    ],
  },
  {
    community: 'service-design',
    author: 'mette',
    kind: 'discussion',
    title: 'Breve i et klart sprog fra kommunen: hvad virker for borgerne?',
    body: 'Vi har skrevet vores afgørelsesbreve om, så borgerne først ser afgørelsen og det næste skridt. Henvendelserne til borgerservice om breve faldt med en fjerdedel.\n\nHvordan tester andre kommuner deres breve med borgerne?\n\n_Eksempelindlæg (sample data)._',
    tags: ['plain-language', 'letters'],
    daysAgo: 3,
    language: 'da',
    replies: [{ author: 'sofia', after: 5, body: 'We read the letters aloud with residents and mark every sentence they stumble on. Fem kommuner har brugt samme metode.' }],
  },
];

export const demoEvents: DemoEvent[] = [
  {
    community: 'identity',
    organiser: 'moderator',
    title: 'Workshop: wallet-ready municipal services',
    description: 'A hands-on workshop for service owners preparing for the European Digital Identity Wallet. We will map three common municipal services onto wallet flows and list what has to change in the back office.\n\nBring one service you would like to make wallet-ready.',
    agenda: '- 09:30 Welcome and coffee\n- 10:00 The wallet in five slides\n- 10:45 Mapping your service, in groups\n- 12:30 Lunch\n- 13:30 What changes in the back office\n- 15:00 Wrap-up and next steps',
    kind: 'workshop',
    inDays: 21,
    localTime: '09:30',
    durationHours: 6,
    timeZone: 'Europe/Copenhagen',
    venue: 'Dokk1, Hack Kampmanns Plads 2, Aarhus',
    onlineUrl: null,
    capacity: 40,
    coOrganisers: ['mette'],
    rsvps: { going: ['member', 'jonas', 'researcher', 'mette'], maybe: ['lotte'], declined: ['sofia'] },
  },
  {
    community: 'open-data',
    organiser: 'lotte',
    title: 'Webinar: publishing mobility data to national access points',
    description: 'Forty-five minutes on what the national access points for mobility data expect, with short talks from West Flanders and Stavanger and time for questions.',
    kind: 'webinar',
    inDays: 35,
    localTime: '14:00',
    durationHours: 1,
    timeZone: 'Europe/Brussels',
    venue: null,
    onlineUrl: 'https://meet.example.org/sce-mobility-data',
    capacity: null,
    coOrganisers: ['erik'],
    rsvps: { going: ['erik', 'member', 'researcher'], maybe: ['jonas'] },
  },
  {
    community: 'open-data',
    organiser: 'erik',
    title: 'Study visit: Stavanger’s urban data platform',
    description: 'A morning at the Stavanger smart city office: how the urban data platform is run, who pays for it and what the open data portal publishes. Seats are few because we visit the operations room.\n\nSample event: the waitlist shows how a full event works.',
    agenda: '- 10:00 Welcome at the smart city office\n- 10:30 Tour of the operations room\n- 11:30 Funding and governance, with the data team\n- 12:30 Lunch together',
    kind: 'study_visit',
    inDays: 14,
    localTime: '10:00',
    durationHours: 3,
    timeZone: 'Europe/Oslo',
    venue: 'Stavanger smart city office, Olav Kyrres gate 19, Stavanger',
    onlineUrl: null,
    capacity: 3,
    rsvps: { going: ['member', 'lotte', 'jonas'], waitlisted: ['researcher', 'lukas'] },
  },
  {
    community: 'service-design',
    organiser: 'sofia',
    title: 'Webinar: plain-language letters that people act on',
    description: 'Gothenburg’s rewrite of its benefit letters, and what happened to the number of phone calls afterwards.',
    kind: 'webinar',
    inDays: 9,
    localTime: '13:00',
    durationHours: 1,
    timeZone: 'Europe/Stockholm',
    venue: null,
    onlineUrl: 'https://meet.example.org/sce-plain-language',
    capacity: 100,
    rsvps: { going: ['mette', 'member'] },
    cancelledReason: 'The speaker is ill; we will find a new date in the community.',
  },
  {
    community: 'steering',
    organiser: 'admin',
    title: 'Transnational partner meeting, Bremen',
    description: 'The partnership’s spring meeting: progress per work package, the budget and the plan for the next six months.',
    kind: 'meeting',
    inDays: -20,
    localTime: '09:00',
    durationHours: 8,
    timeZone: 'Europe/Berlin',
    venue: 'Haus der Wissenschaft, Sandstraße 4/5, Bremen',
    onlineUrl: 'https://meet.example.org/sce-partner-meeting',
    capacity: 25,
    coOrganisers: ['jonas'],
    rsvps: { going: ['admin', 'moderator', 'researcher', 'jonas'] },
  },
];

export interface DemoDocument {
  community: string;
  owner: string;
  title: string;
  description: string;
  tags: string[];
  licence: 'CC-BY-4.0' | 'CC-BY-SA-4.0' | 'CC0-1.0' | 'EUPL-1.2' | 'all-rights-reserved';
  /** Attached to the demo thread or event with this title. */
  thread?: string;
  event?: string;
  /** Each version's file, oldest first, with the note that came with it. */
  versions: { name: string; kind: 'pdf' | 'csv' | 'text'; lines: string[]; note?: string; by?: string }[];
}

export const demoDocuments: DemoDocument[] = [
  {
    community: 'identity',
    owner: 'researcher',
    title: 'Survey report: trust in digital identity wallets (sample)',
    description: 'Sample document: the summary report of the four-country survey discussed in the research thread.',
    tags: ['eidas', 'research'],
    licence: 'CC-BY-4.0',
    thread: 'Trust in European digital identity wallets: a survey of 1,200 residents in four North Sea countries',
    versions: [
      { name: 'wallet-trust-survey.pdf', kind: 'pdf', lines: ['Trust in digital identity wallets - summary (sample data)', '', '1,200 residents in four North Sea countries.', 'Trust is highest where the wallet is run by a public body.'] },
      { name: 'wallet-trust-survey-v2.pdf', kind: 'pdf', lines: ['Trust in digital identity wallets - summary (sample data)', '', '1,200 residents in four North Sea countries.', 'Trust is highest where the wallet is run by a public body.', 'Version 2 adds the results per age group.'], note: 'Added results per age group' },
    ],
  },
  {
    community: 'open-data',
    owner: 'erik',
    title: 'Checklist: publishing to a national access point (sample)',
    description: 'Sample document: what we check before publishing a mobility dataset.',
    tags: ['mobility', 'open data'],
    licence: 'CC0-1.0',
    event: 'Webinar: publishing mobility data to national access points',
    versions: [{ name: 'nap-checklist.txt', kind: 'text', lines: ['Checklist for a national access point (sample)', '- Dataset has a licence', '- Metadata in DCAT-AP', '- Update frequency stated', '- Contact point named'] }],
  },
  {
    community: 'steering',
    owner: 'admin',
    title: 'Partner contact list template (sample)',
    description: 'Sample document: the template each partner fills in before the partner meeting.',
    tags: ['partnership'],
    licence: 'all-rights-reserved',
    event: 'Transnational partner meeting, Bremen',
    versions: [{ name: 'partner-contacts.csv', kind: 'csv', lines: ['organisation;contact;role;email', 'Sample City;Jane Doe;Work package lead;jane.doe@example.org'] }],
  },
];
