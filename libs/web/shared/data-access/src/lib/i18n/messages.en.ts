import type { Message } from './message';

/** English texts: complete, and the fallback for any key another language lacks. */
export const en = {
  'app.name': 'Smart Cities Exchange',

  'title.template': '{page} · Smart Cities Exchange',
  'title.home': 'Communities',
  'title.about': 'About',
  'title.notFound': 'Page not found',
  'title.signIn': 'Sign in',
  'title.register': 'Create an account',
  'title.verifyEmail': 'Confirm your email address',
  'title.forgotPassword': 'Forgot your password',
  'title.resetPassword': 'Choose a new password',

  'shell.skipLink': 'Skip to main content',
  'shell.nav.label': 'Main',
  'shell.nav.home': 'Home',
  'shell.nav.about': 'About',
  'shell.language.label': 'Language',
  'shell.account.signIn': 'Sign in',
  'shell.account.menu': 'Account',
  'shell.account.signOut': 'Sign out',
  'shell.account.signedIn': 'You are signed in as {name}.',
  'shell.account.signedOut': 'You have signed out.',
  'shell.account.signOutFailed':
    'Signing out failed. Check your connection and try again.',
  'shell.footer.label': 'About this site',
  'shell.footer.partnership':
    'Run by the Smart Cities Exchange partnership of cities, regions and universities around the North Sea.',
  'shell.footer.sample': 'This is a sample instance with demo data.',
  'shell.footer.about': 'About the platform',

  'home.hero.title': 'Share what works in digital public services',
  'home.hero.lead':
    'Smart Cities Exchange brings together city governments, regions and universities around the North Sea to share how they build e-government services: the practices that work, how they were transferred across borders, and what the evaluations found.',
  'home.communities.heading': 'Communities',
  'home.communities.loading': 'Loading communities…',
  'home.communities.loadingMore': 'Loading more communities…',
  'home.communities.error':
    'The communities could not be loaded. Check your connection and try again.',
  'home.communities.retry': 'Try again',
  'home.communities.empty': 'There are no communities to show yet.',
  'home.communities.loadMore': 'Show more communities',
  'home.communities.count': {
    one: 'Showing 1 community',
    other: 'Showing {count} communities',
  },

  'community.visibility.public': 'Public',
  'community.visibility.members': 'Members only',
  'community.visibility.private': 'Private',
  'community.members': { one: '{count} member', other: '{count} members' },
  'community.threads': { one: '{count} thread', other: '{count} threads' },
  'community.lastActivity': 'Last activity {date}',
  'community.noActivity': 'No activity yet',

  // Communities, threads, composer and bookmarks (web-communities-*, web-threads-*).
  'communities.nav.link': 'Communities',
  'communities.title.directory': 'Communities',
  'communities.title.new': 'New community',
  'communities.title.community': 'Community',
  'communities.title.notFound': 'Community not found',
  'communities.title.members': 'Members · {name}',
  'communities.title.edit': 'Edit · {name}',
  'communities.title.newThread': 'New thread · {name}',
  'communities.directory.heading': 'Communities',
  'communities.directory.lead':
    'Each community brings together the people working on one kind of service. Join one to ask questions, share what you have learned and take part in the discussions.',
  'communities.home.all': 'See all communities',
  'communities.directory.create': 'New community',
  'communities.loading': 'Loading the community…',
  'communities.loadFailed':
    'The community could not be loaded. Check your connection and try again.',
  'communities.retry': 'Try again',
  'communities.cancel': 'Cancel',
  'communities.error.network':
    'That did not work. Check your connection and try again.',
  'communities.notFound.heading': 'Community not found',
  'communities.notFound.body':
    'There is no community at this address, or you may not see it.',
  'communities.notFound.link': 'See all communities',
  'communities.visibility.publicHint':
    'Anyone can read it, also without signing in.',
  'communities.visibility.membersHint':
    'Everyone who is signed in can read it.',
  'communities.visibility.privateHint': 'Only its members can read it.',
  'communities.joinPolicy.open': 'Open to join',
  'communities.joinPolicy.request': 'Join on request',
  'communities.joinPolicy.invite': 'By invitation only',
  'communities.joinPolicy.openHint': 'Anyone signed in can join at once.',
  'communities.joinPolicy.requestHint':
    'People ask to join; a moderator approves them.',
  'communities.joinPolicy.inviteHint':
    'Only people a moderator invites can join.',
  'communities.role.member': 'Member',
  'communities.role.moderator': 'Moderator',
  'communities.membership.member': 'You are a member',
  'communities.membership.moderator': 'You moderate this community',
  'communities.membership.requested': 'You asked to join',
  'communities.membership.invited': 'You are invited',
  'communities.membership.banned': 'You were removed from this community',
  'communities.page.moderators': 'Moderators: {names}',
  'communities.page.membershipHeading': 'Your membership',
  'communities.page.invited': 'You are invited to join this community.',
  'communities.page.canJoin': 'Join this community to start threads and reply.',
  'communities.page.canAsk': 'Ask to join: a moderator approves new members.',
  'communities.page.signedOut': 'Sign in to join this community.',
  'communities.page.inviteOnly':
    'This community is by invitation only. Ask one of its moderators to invite you.',
  'communities.page.notMember': 'You are not a member of this community.',
  'communities.page.requestWaiting': 'Your request is waiting for a moderator.',
  'communities.page.accept': 'Accept invitation',
  'communities.page.decline': 'Decline invitation',
  'communities.page.join': 'Join community',
  'communities.page.ask': 'Ask to join',
  'communities.page.signIn': 'Sign in to join',
  'communities.page.withdraw': 'Withdraw request',
  'communities.page.newThread': 'Start a thread',
  'communities.page.members': 'Members',
  'communities.page.edit': 'Edit community',
  'communities.page.leave': 'Leave community',
  'communities.join.joined': 'You joined {name}.',
  'communities.join.requested':
    'You asked to join {name}. A moderator will look at your request.',
  'communities.join.accepted':
    'You accepted the invitation: you are now a member of {name}.',
  'communities.join.error.already':
    'You are already a member of this community, or have asked to join.',
  'communities.join.error.banned':
    'You cannot join this community: its moderators removed you.',
  'communities.join.error.inviteOnly':
    'This community is by invitation only. Ask one of its moderators to invite you.',
  'communities.join.error.notMember': 'You are not a member of this community.',
  'communities.leave.title': 'Leave {name}?',
  'communities.leave.message':
    'You will no longer be able to start threads or reply here. You can join again later if the community allows it.',
  'communities.leave.confirm': 'Leave community',
  'communities.leave.done': 'You left {name}.',
  'communities.withdraw.title': 'Withdraw your request?',
  'communities.withdraw.message':
    'Your request to join {name} will be withdrawn. You can ask again later.',
  'communities.withdraw.confirm': 'Withdraw request',
  'communities.withdraw.done': 'You withdrew your request to join {name}.',
  'communities.decline.title': 'Decline the invitation?',
  'communities.decline.message':
    'You will not join {name}. A moderator would have to invite you again.',
  'communities.decline.confirm': 'Decline invitation',
  'communities.decline.done': 'You declined the invitation to {name}.',
  'communities.threads.heading': 'Threads',
  'communities.threads.filters': 'Filter the threads',
  'communities.threads.kind': 'Kind',
  'communities.threads.anyKind': 'All kinds',
  'communities.threads.tag': 'Tag',
  'communities.threads.apply': 'Show threads',
  'communities.threads.clear': 'Clear filters',
  'communities.threads.loading': 'Loading threads…',
  'communities.threads.loadingMore': 'Loading more threads…',
  'communities.threads.loadMore': 'Show more threads',
  'communities.threads.error':
    'The threads could not be loaded. Check your connection and try again.',
  'communities.threads.empty': 'There are no threads here yet.',
  'communities.threads.noMatch': 'No threads match these filters.',
  'communities.threads.count': {
    one: 'Showing 1 thread',
    other: 'Showing {count} threads',
  },
  'communities.threads.replies': { one: '1 reply', other: '{count} replies' },
  'communities.threads.meta': 'By {name} · {replies} · last activity {date}',
  'communities.threads.membersOnly':
    'Only members can read the threads of this private community.',
  'communities.threads.unread': 'New',
  'communities.threads.unreadHidden': 'new activity',
  'communities.members.heading': 'Members of {name}',
  'communities.members.back': 'Back to {name}',
  'communities.members.loading': 'Loading…',
  'communities.members.error':
    'This list could not be loaded. Check your connection and try again.',
  'communities.members.loadMore': 'Show more',
  'communities.members.count': {
    one: 'Showing 1 member',
    other: 'Showing {count} members',
  },
  'communities.members.column.name': 'Name',
  'communities.members.column.organisation': 'Organisation',
  'communities.members.column.role': 'Role',
  'communities.members.column.since': 'Member since',
  'communities.members.column.asked': 'Asked on',
  'communities.members.column.invited': 'Invited on',
  'communities.members.column.actions': 'Actions',
  'communities.members.list.heading': 'Members',
  'communities.members.list.caption':
    'Members of {name}, longest-standing first',
  'communities.members.list.empty': 'This community has no members yet.',
  'communities.members.requests.heading': 'Requests to join',
  'communities.members.requests.caption': 'People who asked to join',
  'communities.members.requests.empty': 'Nobody is waiting to join.',
  'communities.members.invitations.heading': 'Invitations',
  'communities.members.invitations.caption':
    'People invited who have not accepted yet',
  'communities.members.invitations.empty': 'There are no open invitations.',
  'communities.members.approve': 'Approve {name}',
  'communities.members.approveShort': 'Approve',
  'communities.members.approved': '{name} is now a member.',
  'communities.members.refuse.label': 'Refuse {name}',
  'communities.members.refuse.short': 'Refuse',
  'communities.members.refuse.title': 'Refuse {name}?',
  'communities.members.refuse.message':
    'The request of {name} to join will be refused.',
  'communities.members.refuse.confirm': 'Refuse request',
  'communities.members.refused': 'You refused the request of {name}.',
  'communities.members.withdraw.label': 'Withdraw the invitation of {name}',
  'communities.members.withdraw.short': 'Withdraw',
  'communities.members.withdraw.title': 'Withdraw the invitation of {name}?',
  'communities.members.withdraw.message':
    '{name} will no longer be able to accept it.',
  'communities.members.withdraw.confirm': 'Withdraw invitation',
  'communities.members.withdrawn': 'You withdrew the invitation of {name}.',
  'communities.members.remove.label': 'Remove {name}',
  'communities.members.remove.short': 'Remove',
  'communities.members.remove.title': 'Remove {name} from the community?',
  'communities.members.remove.message':
    '{name} will no longer be able to start threads or reply here, and cannot join again by themselves.',
  'communities.members.remove.confirm': 'Remove member',
  'communities.members.removed': 'You removed {name} from the community.',
  'communities.members.makeModerator':
    'Make {name} a moderator of this community',
  'communities.members.makeModeratorShort': 'Make moderator',
  'communities.members.makeMember': 'Make {name} a member again',
  'communities.members.makeMemberShort': 'Make member',
  'communities.members.madeModerator': '{name} now moderates this community.',
  'communities.members.madeMember':
    '{name} is a member again, no longer a moderator.',
  'communities.members.invite.heading': 'Invite someone',
  'communities.members.invite.hint':
    'Type at least two letters of their name, then choose them from the list. Someone who already asked to join is approved instead.',
  'communities.members.invite.person': 'Person',
  'communities.members.invite.suggestions': 'People to invite',
  'communities.members.invite.pick': 'Choose the person to invite.',
  'communities.members.invite.submit': 'Send invitation',
  'communities.members.invited': 'You invited {name}.',
  'communities.form.newHeading': 'New community',
  'communities.form.editHeading': 'Edit {name}',
  'communities.form.lead':
    'Who may read a community and how people join can be changed later.',
  'communities.form.name.label': 'Name',
  'communities.form.slug.label': 'Web address',
  'communities.form.slug.hint':
    'The end of the address, such as open-data: lowercase letters, digits and hyphens. Leave it empty to make one from the name.',
  'communities.form.slug.editHint':
    'The end of the address, such as open-data: lowercase letters, digits and hyphens. Changing it breaks links to the old address.',
  'communities.form.description.label': 'Description',
  'communities.form.description.hint':
    'What the community is about, in up to 2,000 characters.',
  'communities.form.visibility.label': 'Who can read it',
  'communities.form.joinPolicy.label': 'How people join',
  'communities.form.create': 'Create community',
  'communities.form.save': 'Save changes',
  'communities.form.saving': 'Saving…',
  'communities.form.created': 'The community {name} has been created.',
  'communities.form.saved': 'Your changes to {name} have been saved.',
  'communities.form.failed':
    'Saving failed. Check your connection and try again.',
  'communities.form.error.name': 'Enter a name of 3 to 80 characters.',
  'communities.form.error.slug':
    'Enter an address of 3 to 60 lowercase letters, digits and single hyphens, such as open-data (some words, such as “new”, are reserved).',
  'communities.form.error.slugTaken':
    'Another community already uses this address. Choose another.',
  'communities.form.error.description':
    'Shorten the description to at most 2,000 characters.',
  'communities.form.error.visibility': 'Choose who can read the community.',
  'communities.form.error.joinPolicy': 'Choose how people join.',
  'communities.form.notAllowed.heading': 'Not allowed',
  'communities.form.notAllowed.body':
    'Only administrators can create and edit communities.',

  'threads.title.thread': 'Thread',
  'threads.title.notFound': 'Thread not found',
  'threads.loading': 'Loading the thread…',
  'threads.loadFailed':
    'The thread could not be loaded. Check your connection and try again.',
  'threads.retry': 'Try again',
  'threads.cancel': 'Cancel',
  'threads.notFound.heading': 'Thread not found',
  'threads.notFound.body':
    'This thread does not exist, was deleted, or you may not see it.',
  'threads.notFound.link': 'See all communities',
  'threads.breadcrumb': 'You are here',
  'threads.kind.discussion': 'Discussion',
  'threads.kind.question': 'Question',
  'threads.kind.research': 'Research',
  'threads.kind.practice': 'Practice',
  'threads.state.pinned': 'Pinned',
  'threads.state.locked': 'Locked',
  'threads.state.answered': 'Answered',
  'threads.state.hidden': 'Hidden',
  'threads.meta.startedBy': 'Started by {name} on {date}',
  'threads.meta.edited': 'edited {date}',
  'threads.tags': 'Tags',
  'threads.tagLink': 'Threads tagged {tag}',
  'threads.research.heading': 'Research details',
  'threads.research.authors': 'Authors',
  'threads.research.abstract': 'Abstract',
  'threads.research.doi': 'DOI',
  'threads.research.link': 'Link',
  'threads.research.published': 'Published',
  'threads.answer.goTo': 'This question has an accepted answer: go to it',
  'threads.answer.accept': 'Accept as answer',
  'threads.answer.clear': 'Withdraw acceptance',
  'threads.answer.accepted': 'The reply of {name} is now the accepted answer.',
  'threads.answer.cleared': 'The question has no accepted answer any more.',
  'threads.bookmark.thread': 'Bookmark thread',
  'threads.bookmark.post': 'Bookmark',
  'threads.bookmark.threadAdded': 'The thread is in your bookmarks.',
  'threads.bookmark.added': 'The reply is in your bookmarks.',
  'threads.bookmark.removed': 'The bookmark has been removed.',
  'threads.moderation.pin': 'Pin thread',
  'threads.moderation.lock': 'Lock thread',
  'threads.moderation.pinned':
    'The thread is pinned: it shows first in the community.',
  'threads.moderation.unpinned': 'The thread is no longer pinned.',
  'threads.moderation.locked':
    'The thread is locked: only moderators can reply.',
  'threads.moderation.unlocked': 'The thread is open for replies again.',
  'threads.replies.heading': { one: '1 reply', other: '{count} replies' },
  'threads.replies.loading': 'Loading replies…',
  'threads.replies.loadingMore': 'Loading more replies…',
  'threads.replies.loadMore': 'Show more replies',
  'threads.replies.failed':
    'The replies could not be loaded. Check your connection and try again.',
  'threads.replies.empty': 'No replies yet. Be the first to reply.',
  'threads.reply.heading': 'Your reply',
  'threads.reply.label': 'Reply to the thread',
  'threads.reply.hint':
    'Markdown works: **bold**, _italic_, [link](https://…), > quote, - list.',
  'threads.reply.send': 'Post reply',
  'threads.reply.posted': 'Your reply has been posted.',
  'threads.reply.quoting':
    'Quoting {name}: the quote is added above your reply.',
  'threads.reply.removeQuote': 'Remove quote',
  'threads.reply.signIn': 'Sign in to reply',
  'threads.reply.locked': 'This thread is locked: it takes no new replies.',
  'threads.reply.join': 'Join {community} to reply',
  'threads.post.deletedHeading': 'Deleted reply',
  'threads.post.deleted': 'This reply was deleted.',
  'threads.post.hiddenBody': 'This reply is hidden by the moderators.',
  'threads.post.hidden': 'Hidden',
  'threads.post.accepted': 'Accepted answer',
  'threads.post.edited': 'edited',
  'threads.post.editedHint': '(show the edit history)',
  'threads.post.permalink': 'Link to this reply, posted {date}',
  'threads.post.reply': 'Reply',
  'threads.post.replyLabel': 'Your reply to {name}',
  'threads.post.sendReply': 'Post reply',
  'threads.post.quote': 'Quote',
  'threads.post.more': 'More actions for the reply of {name}',
  'threads.post.moreShort': 'More',
  'threads.post.copyLink': 'Copy link',
  'threads.post.linkCopied': 'The link to the reply has been copied.',
  'threads.post.linkNotCopied': 'The link could not be copied.',
  'threads.post.edit': 'Edit',
  'threads.post.editLabel': 'Edit your reply',
  'threads.post.save': 'Save changes',
  'threads.post.saved': 'Your changes have been saved.',
  'threads.post.history': 'Edit history',
  'threads.post.delete.button': 'Delete',
  'threads.post.delete.title': 'Delete this reply?',
  'threads.post.delete.message':
    'It will show as “deleted”; the replies to it stay. This cannot be undone.',
  'threads.post.delete.confirm': 'Delete reply',
  'threads.post.deleted.done': 'The reply has been deleted.',
  'threads.post.showReplies': {
    one: 'Show 1 reply',
    other: 'Show {count} replies',
  },
  'threads.post.hideReplies': {
    one: 'Hide 1 reply',
    other: 'Hide {count} replies',
  },
  'threads.post.repliesTo': 'Replies to {name}',
  'threads.post.notFound':
    'The reply this link points to could not be found. It may have been deleted.',
  'threads.branch.continue': {
    one: 'Continue this thread (1 reply)',
    other: 'Continue this thread ({count} replies)',
  },
  'threads.branch.more': 'Show more replies in this branch',
  'threads.branch.loading': 'Loading replies…',
  'threads.branch.failed': 'These replies could not be loaded.',
  'threads.branch.loaded': {
    one: '1 more reply shown.',
    other: '{count} more replies shown.',
  },
  'threads.reaction.like': 'Like',
  'threads.reaction.thanks': 'Thanks',
  'threads.reaction.insightful': 'Insightful',
  'threads.reaction.agree': 'Agree',
  'threads.reaction.curious': 'Curious',
  'threads.reaction.people': { one: '1 person', other: '{count} people' },
  'threads.reaction.name': '{label}, {people}',
  'threads.reaction.nameMine': '{label}, {people}, you reacted',
  'threads.history.title': 'Edit history of the reply of {name}',
  'threads.history.loading': 'Loading the versions…',
  'threads.history.failed': 'The edit history could not be loaded.',
  'threads.history.legend':
    'Newest first. Each version shows what changed from the one before: removed text is struck through, added text underlined.',
  'threads.history.version': 'Version {n}',
  'threads.history.currentVersion': 'Version {n} (current)',
  'threads.history.savedBy': 'Saved by {name} on {date}',
  'threads.history.first': 'The first version, as it was posted:',
  'threads.history.addedStart': '[added: ',
  'threads.history.addedEnd': ']',
  'threads.history.removedStart': '[removed: ',
  'threads.history.removedEnd': ']',
  'threads.history.close': 'Close',
  'threads.error.network':
    'That did not work. Check your connection and try again.',
  'threads.error.failed': 'That did not work. Try again.',
  'threads.error.signedOut': 'Your session has ended. Sign in again and retry.',
  'threads.error.forbidden': 'You may not do this.',
  'threads.error.notMember': 'Join this community first.',
  'threads.error.gone': 'This is no longer there: it may have been deleted.',
  'threads.error.locked': 'This thread is locked.',
  'threads.error.conflict':
    'This changed in the meantime. Reload the page and try again.',
  'threads.error.parentGone':
    'The reply you answer was deleted. Reply to the thread instead.',
  'threads.form.problems': 'There is a problem',
  'threads.new.heading': 'Start a thread',
  'threads.new.lead':
    'In {community}. Everyone who can read the community can read your thread.',
  'threads.new.notMember': 'Join this community to start a thread in it.',
  'threads.new.toCommunity': 'Go to {community}',
  'threads.new.kind.label': 'Kind of thread',
  'threads.new.kind.discussionHint':
    'Talk something through with the community.',
  'threads.new.kind.questionHint':
    'Ask something; you can accept the reply that answers it.',
  'threads.new.kind.researchHint':
    'Share a study, with its authors and abstract.',
  'threads.new.kind.practiceHint':
    'Describe how your organisation delivers a service.',
  'threads.new.title.label': 'Title',
  'threads.new.title.hint': 'What it is about, in 3 to 200 characters.',
  'threads.new.body.label': 'Text',
  'threads.new.body.hint':
    'Markdown works: **bold**, _italic_, [link](https://…), > quote, - list.',
  'threads.new.tags.label': 'Tags (optional)',
  'threads.new.tags.hint':
    'Up to 10, separated by commas, such as open data, eidas.',
  'threads.new.language.label': 'Language of the thread',
  'threads.new.language.hint': 'The language you write in.',
  'threads.new.research.legend': 'About the research',
  'threads.new.research.authors': 'Authors',
  'threads.new.research.authorsHint': 'One per line.',
  'threads.new.research.abstract': 'Abstract',
  'threads.new.research.doi': 'DOI (optional)',
  'threads.new.research.doiHint': 'Such as 10.1000/xyz123.',
  'threads.new.research.link': 'Link to the publication (optional)',
  'threads.new.research.published': 'Publication date (optional)',
  'threads.new.submit': 'Publish thread',
  'threads.new.publishing': 'Publishing…',
  'threads.new.published': 'Your thread “{title}” has been published.',
  'threads.new.failed':
    'Publishing failed. Check your connection and try again.',
  'threads.new.researchNotAllowed':
    'Only researchers and moderators can post research threads. Choose another kind.',
  'threads.new.error.kind': 'Choose the kind of thread.',
  'threads.new.error.title': 'Enter a title of 3 to 200 characters.',
  'threads.new.error.body':
    'Write the text of the thread, in at most 50,000 characters.',
  'threads.new.error.tags':
    'Enter at most 10 tags of 2 to 40 letters, digits, spaces or hyphens, separated by commas.',
  'threads.new.error.language': 'Choose the language of the thread.',
  'threads.new.error.authors':
    'Name at least one author (one per line, 2 to 120 characters each).',
  'threads.new.error.abstract':
    'Write the abstract, in at most 5,000 characters.',
  'threads.new.error.doi':
    'Enter a DOI such as 10.1000/xyz123, or leave it empty.',
  'threads.new.error.link':
    'Enter a web address starting with https:// or http://, or leave it empty.',
  'threads.new.error.publishedOn':
    'Enter the date it was published, or leave it empty.',

  'composer.tabs.label': '{label}: write or preview',
  'composer.tabs.write': 'Write',
  'composer.tabs.preview': 'Preview',
  'composer.toolbar': 'Formatting',
  'composer.tool.bold': 'Bold ({key}+B)',
  'composer.tool.italic': 'Italic ({key}+I)',
  'composer.tool.link': 'Link',
  'composer.tool.quote': 'Quote',
  'composer.tool.list': 'Bulleted list',
  'composer.tool.code': 'Code',
  'composer.placeholder.text': 'text',
  'composer.placeholder.link': 'link text',
  'composer.placeholder.code': 'code',
  'composer.count': '{count} of {max} characters',
  'composer.keys':
    'Shortcuts: {key}+Enter sends, {key}+B bold, {key}+I italic.',
  'composer.mentionHint':
    'To mention someone, type @ and at least two letters of their name.',
  'composer.mention.suggestions': 'People to mention',
  'composer.sending': 'Sending…',
  'composer.draft.restored': 'Your unsent draft has been restored.',
  'composer.draft.discard': 'Discard draft',
  'composer.preview.loading': 'Loading the preview…',
  'composer.preview.empty': 'Nothing to preview yet.',
  'composer.preview.failed':
    'The preview could not be loaded. Check your connection and try again.',
  'composer.error.empty': 'Write something before you send it.',
  'composer.error.tooLong': 'Shorten the text to at most {max} characters.',
  'composer.error.rejected':
    'The text was not accepted: it must not be empty, may have at most 50,000 characters and mention at most 20 people.',

  'people.search.found': {
    one: '1 person found. Choose with the up and down arrow keys and Enter.',
    other:
      '{count} people found. Choose with the up and down arrow keys and Enter.',
  },
  'people.search.none': 'No one found with that name.',
  'people.search.failed':
    'People could not be searched. Check your connection and try again.',

  'bookmarks.title': 'Bookmarks',
  'bookmarks.menu': 'Bookmarks',
  'bookmarks.heading': 'Bookmarks',
  'bookmarks.lead':
    'The threads and replies you saved for later, newest first.',
  'bookmarks.loading': 'Loading your bookmarks…',
  'bookmarks.loadingMore': 'Loading more bookmarks…',
  'bookmarks.loadMore': 'Show more bookmarks',
  'bookmarks.error':
    'Your bookmarks could not be loaded. Check your connection and try again.',
  'bookmarks.empty':
    'You have no bookmarks yet. Bookmark a thread or a reply to find it here.',
  'bookmarks.toCommunities': 'Go to the communities',
  'bookmarks.count': {
    one: 'Showing 1 bookmark',
    other: 'Showing {count} bookmarks',
  },
  'bookmarks.kind.thread': 'Thread',
  'bookmarks.kind.post': 'Reply',
  'bookmarks.replyIn': 'A reply in “{title}”',
  'bookmarks.saved': 'saved {date}',
  'bookmarks.remove': 'Remove',
  'bookmarks.removeLabel': 'Remove the bookmark of “{title}”',
  'bookmarks.removing': 'Removing…',
  'bookmarks.removed': 'The bookmark of “{title}” has been removed.',
  'bookmarks.removeFailed':
    'The bookmark could not be removed. Check your connection and try again.',
  // (end of communities, threads, composer and bookmarks)

  'organisations.title.list': 'Organisations',
  'organisations.title.detail': 'Organisation',
  'organisations.title.notFound': 'Organisation not found',
  'organisations.nav.link': 'Organisations',
  'organisations.retry': 'Try again',
  'organisations.field.name': 'Name',
  'organisations.field.kind': 'Kind',
  'organisations.field.city': 'City',
  'organisations.field.country': 'Country',
  'organisations.field.place': 'Place',
  'organisations.field.website': 'Website',
  'organisations.field.members': 'Members',
  'organisations.kind.municipality': 'Municipality',
  'organisations.kind.region': 'Region',
  'organisations.kind.national_authority': 'National authority',
  'organisations.kind.university': 'University',
  'organisations.kind.research_institute': 'Research institute',
  'organisations.kind.other': 'Other organisation',
  'organisations.country.GB': 'United Kingdom',
  'organisations.country.NL': 'Netherlands',
  'organisations.country.BE': 'Belgium',
  'organisations.country.DE': 'Germany',
  'organisations.country.DK': 'Denmark',
  'organisations.country.SE': 'Sweden',
  'organisations.country.NO': 'Norway',
  'organisations.role.member': 'Member',
  'organisations.role.researcher': 'Researcher',
  'organisations.role.moderator': 'Moderator',
  'organisations.role.admin': 'Administrator',
  'organisations.list.heading': 'Organisations',
  'organisations.list.lead':
    'The cities, regions, national agencies and universities around the North Sea that take part in the exchange.',
  'organisations.list.search.label': 'Search organisations',
  'organisations.list.search.field': 'Name contains',
  'organisations.list.search.submit': 'Search',
  'organisations.list.search.clear': 'Show all',
  'organisations.list.caption': 'Organisations in the network, by name',
  'organisations.list.captionSearch': 'Organisations whose name contains “{q}”',
  'organisations.list.loading': 'Loading organisations…',
  'organisations.list.loadingMore': 'Loading more organisations…',
  'organisations.list.loadMore': 'Show more organisations',
  'organisations.list.error':
    'The organisations could not be loaded. Check your connection and try again.',
  'organisations.list.empty': 'There are no organisations yet.',
  'organisations.list.noMatch': 'No organisation’s name contains “{q}”.',
  'organisations.list.count': {
    one: 'Showing 1 organisation',
    other: 'Showing {count} organisations',
  },
  'organisations.detail.lead': '{kind} in {city}, {country}',
  'organisations.detail.loading': 'Loading the organisation…',
  'organisations.detail.error':
    'The organisation could not be loaded. Check your connection and try again.',
  'organisations.detail.notFound.heading': 'Organisation not found',
  'organisations.detail.notFound.body':
    'There is no organisation at this address. It may have been removed, or the link is wrong.',
  'organisations.detail.noWebsite': 'No website given',
  'organisations.detail.back': 'All organisations',
  'organisations.detail.members.heading': 'Members',
  'organisations.detail.members.loading': 'Loading members…',
  'organisations.detail.members.loadingMore': 'Loading more members…',
  'organisations.detail.members.loadMore': 'Show more members',
  'organisations.detail.members.error':
    'The members could not be loaded. Check your connection and try again.',
  'organisations.detail.members.empty':
    'Nobody from this organisation has joined yet.',
  'organisations.detail.members.expertise': 'Expertise',
  'organisations.detail.members.count': {
    one: 'Showing 1 of {total} members',
    other: 'Showing {count} of {total} members',
  },

  'admin.title.users': 'People · Administration',
  'admin.title.organisations': 'Organisations · Administration',
  'admin.title.audit': 'Audit log · Administration',
  'admin.title.notAllowed': 'Not allowed',
  'admin.menu.link': 'Administration',
  'admin.nav.label': 'Administration',
  'admin.nav.users': 'People',
  'admin.nav.organisations': 'Organisations',
  'admin.nav.audit': 'Audit log',
  'admin.notAllowed.heading': 'You cannot use this page',
  'admin.notAllowed.body':
    'This page is for administrators. If you need access, ask an administrator of the platform.',
  'admin.notAllowed.home': 'Go to the home page',
  'admin.retry': 'Try again',
  'admin.loadingMore': 'Loading more…',
  'admin.filters.apply': 'Apply filters',
  'admin.filters.clear': 'Clear filters',
  'admin.dialog.cancel': 'Cancel',
  'admin.dialog.working': 'Working…',
  'admin.error.failed':
    'That did not work. Check your connection and try again.',
  'admin.error.signedOut': 'Your session has ended. Sign in again.',
  'admin.error.forbidden': 'Your role does not allow this.',
  'admin.error.notFound':
    'This no longer exists. Reload the page to see the current list.',
  'admin.error.conflict':
    'This cannot be done in the account’s current state; it may have changed meanwhile. Reload the page and try again.',
  'admin.status.pending': 'Pending',
  'admin.status.active': 'Active',
  'admin.status.suspended': 'Suspended',
  'admin.status.deleted': 'Deleted',

  'admin.users.heading': 'People',
  'admin.users.lead':
    'Approve new accounts, change roles, and suspend or reactivate people. Every change is recorded in the audit log.',
  'admin.users.filters.label': 'Filter people',
  'admin.users.filters.q': 'Name or email contains',
  'admin.users.filters.status': 'Status',
  'admin.users.filters.anyStatus': 'Any status',
  'admin.users.filters.role': 'Role',
  'admin.users.filters.anyRole': 'Any role',
  'admin.users.caption': 'People, newest first',
  'admin.users.captionFiltered': 'People matching the filters, newest first',
  'admin.users.column.person': 'Person',
  'admin.users.column.organisation': 'Organisation',
  'admin.users.column.role': 'Role',
  'admin.users.column.status': 'Status',
  'admin.users.column.joined': 'Joined',
  'admin.users.column.actions': 'Actions',
  'admin.users.you': 'you',
  'admin.users.unverified': 'Email address not confirmed yet',
  'admin.users.suspendedUntil': 'Until {date}',
  'admin.users.suspendedIndefinitely': 'Until lifted',
  'admin.users.suspensionReason': 'Reason: {reason}',
  'admin.users.loading': 'Loading people…',
  'admin.users.loadMore': 'Show more people',
  'admin.users.error':
    'The people could not be loaded. Check your connection and try again.',
  'admin.users.empty': 'There is nobody here yet.',
  'admin.users.noMatch': 'Nobody matches these filters.',
  'admin.users.count': {
    one: 'Showing 1 person',
    other: 'Showing {count} people',
  },
  'admin.users.history.link': 'History',
  'admin.users.history.label': 'History of {name} in the audit log',
  'admin.users.approve.button': 'Approve',
  'admin.users.approve.label': 'Approve {name}',
  'admin.users.approve.title': 'Approve {name}?',
  'admin.users.approve.message':
    '{name} can sign in as soon as the account is approved, and gets an email saying so.',
  'admin.users.approve.submit': 'Approve',
  'admin.users.approve.done': '{name} is approved and can sign in now.',
  'admin.users.role.button': 'Change role',
  'admin.users.role.buttonLabel': 'Change the role of {name}',
  'admin.users.role.title': 'Change the role of {name}',
  'admin.users.role.current': 'Current role: {role}.',
  'admin.users.role.label': 'New role',
  'admin.users.role.hint.member':
    'Reads members-only content and takes part in the communities they join.',
  'admin.users.role.hint.researcher':
    'A member who can also post research threads.',
  'admin.users.role.hint.moderator':
    'A researcher who can also moderate every community and suspend members.',
  'admin.users.role.hint.admin':
    'Can do everything, including managing people, roles and organisations.',
  'admin.users.role.error.unchanged':
    'Choose a role different from the current one.',
  'admin.users.role.submit': 'Change role',
  'admin.users.role.done': '{name} is now {role}.',
  'admin.users.suspend.button': 'Suspend',
  'admin.users.suspend.label': 'Suspend {name}',
  'admin.users.suspend.title': 'Suspend {name}',
  'admin.users.suspend.intro':
    'A suspended person is signed out at once and cannot sign in until the suspension ends.',
  'admin.users.suspend.reason': 'Reason',
  'admin.users.suspend.reasonHint':
    'Why, in 3 to 1,000 characters. It is kept in the audit log.',
  'admin.users.suspend.until': 'Last day (optional)',
  'admin.users.suspend.untilHint':
    'The suspension ends when this day begins, in your time zone. Leave it empty to suspend until someone lifts it.',
  'admin.users.suspend.error.reason':
    'Enter a reason of 3 to 1,000 characters.',
  'admin.users.suspend.error.until':
    'Enter a date after today, or leave the field empty.',
  'admin.users.suspend.submit': 'Suspend',
  'admin.users.suspend.done': '{name} is suspended.',
  'admin.users.reactivate.button': 'Reactivate',
  'admin.users.reactivate.label': 'Reactivate {name}',
  'admin.users.reactivate.title': 'Reactivate {name}?',
  'admin.users.reactivate.message':
    'The suspension is lifted at once and {name} can sign in again.',
  'admin.users.reactivate.submit': 'Reactivate',
  'admin.users.reactivate.done': '{name} is active again.',

  'admin.organisations.heading': 'Organisations',
  'admin.organisations.lead':
    'The partner organisations. People whose email address is in one of an organisation’s domains are activated without approval.',
  'admin.organisations.search.label': 'Search organisations',
  'admin.organisations.search.field': 'Name contains',
  'admin.organisations.search.submit': 'Search',
  'admin.organisations.new': 'New organisation',
  'admin.organisations.column.domains': 'Email domains',
  'admin.organisations.column.actions': 'Actions',
  'admin.organisations.none': 'None',
  'admin.organisations.edit': 'Edit',
  'admin.organisations.editLabel': 'Edit {name}',
  'admin.organisations.error':
    'The organisations could not be loaded. Check your connection and try again.',
  'admin.organisations.created': '{name} is created.',
  'admin.organisations.updated': 'The changes to {name} are saved.',
  'admin.organisations.dialog.createTitle': 'New organisation',
  'admin.organisations.dialog.editTitle': 'Edit {name}',
  'admin.organisations.dialog.chooseKind': 'Choose a kind',
  'admin.organisations.dialog.chooseCountry': 'Choose a country',
  'admin.organisations.dialog.website': 'Website (optional)',
  'admin.organisations.dialog.websiteHint':
    'The full address, such as https://www.groningen.nl',
  'admin.organisations.dialog.domains': 'Email domains (optional)',
  'admin.organisations.dialog.domainsHint':
    'One per line, such as groningen.nl. New accounts with these addresses need no approval.',
  'admin.organisations.dialog.create': 'Create organisation',
  'admin.organisations.dialog.save': 'Save changes',
  'admin.organisations.error.name': 'Enter a name of 2 to 120 characters.',
  'admin.organisations.error.kind': 'Choose the kind of organisation.',
  'admin.organisations.error.country': 'Choose the country.',
  'admin.organisations.error.city': 'Enter a city of at most 80 characters.',
  'admin.organisations.error.website':
    'Enter a full web address starting with https://, or leave the field empty.',
  'admin.organisations.error.domain':
    '“{domain}” is not a domain name. Enter domains such as groningen.nl.',
  'admin.organisations.error.domainsTooMany': 'Enter at most 20 domains.',
  'admin.organisations.error.unchanged':
    'Nothing has changed. Change a field, or cancel.',

  'admin.audit.heading': 'Audit log',
  'admin.audit.lead':
    'Every change administrators and moderators made, newest first. Entries are never changed or removed.',
  'admin.audit.filters.label': 'Filter the audit log',
  'admin.audit.filters.action': 'Action',
  'admin.audit.filters.anyAction': 'Any action',
  'admin.audit.filters.targetType': 'Target',
  'admin.audit.filters.anyTargetType': 'Any target',
  'admin.audit.filters.targetId': 'Target id',
  'admin.audit.filters.actorId': 'Done by (user id)',
  'admin.audit.error.action': 'Choose an action from the list.',
  'admin.audit.error.targetType': 'Choose a target from the list.',
  'admin.audit.error.targetId': 'Enter an id of at most 100 characters.',
  'admin.audit.error.actorId':
    'Enter a user id such as 2f1c9b5e-8a3d-4c7e-9f10-6b2d4e8a1c3f.',
  'admin.audit.filterError':
    'A filter is not valid; see the message at the field.',
  'admin.audit.caption': 'Audit log, newest first',
  'admin.audit.captionFiltered':
    'Audit entries matching the filters, newest first',
  'admin.audit.column.when': 'When',
  'admin.audit.column.action': 'Action',
  'admin.audit.column.target': 'Target',
  'admin.audit.column.actor': 'By',
  'admin.audit.column.details': 'Details',
  'admin.audit.action.user.approved': 'Account approved',
  'admin.audit.action.user.role-changed': 'Role changed',
  'admin.audit.action.user.suspended': 'Suspended',
  'admin.audit.action.user.reactivated': 'Reactivated',
  'admin.audit.action.user.suspension-ended': 'Suspension ended',
  'admin.audit.action.organisation.created': 'Organisation created',
  'admin.audit.action.organisation.updated': 'Organisation changed',
  'admin.audit.action.access-token.created': 'Access token created',
  'admin.audit.action.access-token.revoked': 'Access token revoked',
  'admin.audit.targetType.user': 'Person',
  'admin.audit.targetType.organisation': 'Organisation',
  'admin.audit.targetType.access-token': 'Access token',
  'admin.audit.detail.reason': 'Reason',
  'admin.audit.detail.role': 'Role',
  'admin.audit.detail.until': 'Until',
  'admin.audit.detail.untilLifted': 'lifted by someone',
  'admin.audit.system': 'The system',
  'admin.audit.you': 'You',
  'admin.audit.filterByTarget': 'Show all entries about',
  'admin.audit.filterByActor': 'Show all entries by',
  'admin.audit.openOrganisation': 'Open the organisation’s page',
  'admin.audit.loading': 'Loading the audit log…',
  'admin.audit.loadMore': 'Show older entries',
  'admin.audit.error':
    'The audit log could not be loaded. Check your connection and try again.',
  'admin.audit.empty': 'Nothing has been recorded yet.',
  'admin.audit.noMatch': 'No entries match these filters.',
  'admin.audit.count': {
    one: 'Showing 1 entry',
    other: 'Showing {count} entries',
  },

  'about.title': 'About Smart Cities Exchange',
  'about.lead':
    'Smart Cities Exchange is a community of practice for the people who build digital public services in the North Sea Region.',
  'about.purpose.heading': 'What the platform is for',
  'about.purpose.body':
    'City governments, regions and national agencies around the North Sea, together with their academic partners, use the platform to learn from each other. They discuss how they deliver e-services, post research, meet at events and share documents.',
  'about.practices.heading': 'Practices, transfers and evaluations',
  'about.practices.body':
    'At its heart is a record of e-government practices: the problem a service solves, how it works and what it achieved. When one organisation adopts a practice from another, the transfer is followed step by step, with the adaptations it needed and the lessons learned. Evaluations score each practice on effectiveness, user satisfaction, cost efficiency and ease of transfer, so that others can see what works best and why.',
  'about.access.heading': 'Open to everyone, more for members',
  'about.access.body':
    'Anyone can read the public communities and practices. Civil servants and researchers who sign in can also join the members-only communities, ask questions and share their own work.',
  'about.operator.heading': 'Who runs it',
  'about.operator.body':
    'Smart Cities Exchange is run by the Smart Cities Exchange partnership of cities, regions and universities around the North Sea.',
  'about.sample':
    'This is a sample instance with demo data. The people, communities and discussions you see here are for demonstration only.',

  'signIn.heading': 'Sign in',
  'signIn.lead':
    'Sign in to join the members-only communities, ask questions and share your own work.',
  'signIn.email.label': 'Email address',
  'signIn.password.label': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.error.summary': 'There is a problem',
  'signIn.error.emailRequired': 'Enter your email address.',
  'signIn.error.emailInvalid':
    'Enter an email address in the right format, like name@example.org.',
  'signIn.error.passwordRequired': 'Enter your password.',
  'signIn.error.invalidCredentials': 'The email address or password is wrong.',
  'signIn.error.accountPending':
    'Your account is waiting for an administrator’s approval. You will get an email when it is approved.',
  'signIn.error.accountSuspended':
    'Your account is suspended. Contact the moderators if you think this is a mistake.',
  'signIn.error.failed':
    'Signing in failed. Check your connection and try again.',

  'signIn.createAccount': 'New here? Create an account',

  'signIn.sso.or': 'Or sign in with your email address',
  'signIn.sso.button': 'Sign in with {name}',
  'signIn.sso.error.failed':
    'Signing in with your organisation’s account did not work. Please try again.',
  'signIn.sso.error.organisationNotAllowed':
    'Your organisation does not use single sign-on here. Create an account with your email address instead.',
  'signIn.sso.error.emailMissing':
    'Your organisation’s account did not share your email address, so no account could be created.',
  'signIn.sso.error.emailInUse':
    'An account with this email address already exists. Sign in with your password, then link your organisation’s account in your settings.',

  'register.heading': 'Create an account',
  'register.lead':
    'Civil servants and researchers of the partner organisations can join. We send you an email to confirm your address.',
  'register.email.label': 'Email address',
  'register.displayName.label': 'Display name',
  'register.displayName.hint': 'How others see you, 2 to 60 characters.',
  'register.organisation.label': 'Organisation',
  'register.organisation.choose': 'Choose your organisation',
  'register.organisation.loadFailed':
    'The list of organisations could not be loaded. Reload the page to try again.',
  'register.password.label': 'Password',
  'register.password.hint':
    'At least 12 characters. Common passwords are refused; a few unrelated words make a strong one.',
  'register.submit': 'Create account',
  'register.submitting': 'Creating account…',
  'register.done.heading': 'Check your email',
  'register.error.summary': 'There is a problem',
  'register.error.emailRequired': 'Enter your email address.',
  'register.error.emailInvalid':
    'Enter an email address in the right format, like name@example.org.',
  'register.error.displayNameLength':
    'Enter a display name of 2 to 60 characters.',
  'register.error.organisationRequired': 'Choose your organisation.',
  'register.error.passwordLength':
    'Enter a password of 12 to 128 characters.',
  'register.error.passwordRejected':
    'Choose a different password: this one is too common or too short.',
  'register.error.failed':
    'Creating the account failed. Check your connection and try again.',

  'verifyEmail.heading': 'Confirm your email address',
  'verifyEmail.checking': 'Confirming your email address…',
  'verifyEmail.active': 'Your address is confirmed — you can sign in now.',
  'verifyEmail.awaitingApproval':
    'Your address is confirmed; an administrator will approve your account. You will get an email when that has happened.',
  'verifyEmail.signIn': 'Go to sign in',
  'verifyEmail.linkInvalid':
    'This link is not valid or has expired. Register again to get a new one.',
  'verifyEmail.failed':
    'Confirming failed. Check your connection and reload the page to try again.',
  'verifyEmail.register': 'Create an account',

  'signIn.forgotPassword': 'Forgot your password?',

  'forgotPassword.heading': 'Forgot your password',
  'forgotPassword.lead':
    'Enter the email address of your account. We send you a link to choose a new password.',
  'forgotPassword.email.label': 'Email address',
  'forgotPassword.submit': 'Send link',
  'forgotPassword.submitting': 'Sending…',
  'forgotPassword.done.heading': 'Check your email',
  'forgotPassword.error.failed':
    'Sending the link failed. Check your connection and try again.',

  'resetPassword.heading': 'Choose a new password',
  'resetPassword.password.label': 'New password',
  'resetPassword.submit': 'Save password',
  'resetPassword.submitting': 'Saving…',
  'resetPassword.done': 'Your password has been changed. You can sign in now.',
  'resetPassword.signIn': 'Go to sign in',
  'resetPassword.forgot': 'Ask for a new link',
  'resetPassword.error.linkInvalid':
    'This link is not valid or has expired. Ask for a new one.',
  'resetPassword.error.failed':
    'Saving the password failed. Check your connection and try again.',

  'settings.title.profile': 'Profile',
  'settings.title.account': 'Account settings',
  'settings.title.tokens': 'Access tokens',
  'settings.title.confirmEmail': 'Confirm your new email address',
  'settings.menu.profile': 'Profile',
  'settings.menu.settings': 'Settings',
  'settings.nav.label': 'Settings',
  'settings.nav.profile': 'Profile',
  'settings.nav.account': 'Account',
  'settings.nav.tokens': 'Access tokens',
  'settings.error.summary': 'There is a problem',
  'settings.retry': 'Try again',
  'settings.saving': 'Saving…',
  'settings.sending': 'Sending…',
  'settings.cancel': 'Cancel',

  'settings.profile.heading': 'Profile',
  'settings.profile.lead':
    'How other members see you, and the language and time zone the site uses for you.',
  'settings.profile.loading': 'Loading your profile…',
  'settings.profile.loadFailed':
    'Your profile could not be loaded. Check your connection and try again.',
  'settings.profile.displayName.label': 'Display name',
  'settings.profile.displayName.hint': 'How others see you, 2 to 60 characters.',
  'settings.profile.bio.label': 'About you',
  'settings.profile.bio.hint':
    'Your work and what you can help others with. Up to 2,000 characters.',
  'settings.profile.expertise.label': 'Expertise',
  'settings.profile.expertise.hint':
    'Topics you know about, separated by commas, such as “open data, digital identity”. Up to 20 tags of at most 40 characters.',
  'settings.profile.language.label': 'Language',
  'settings.profile.language.hint':
    'The language the site speaks to you in.',
  'settings.profile.timeZone.label': 'Time zone',
  'settings.profile.timeZone.hint':
    'Where you are, so that times can be shown in your local time.',
  'settings.profile.submit': 'Save profile',
  'settings.profile.saved': 'Your profile has been saved.',
  'settings.profile.error.displayName':
    'Enter a display name of 2 to 60 characters.',
  'settings.profile.error.bio':
    'Shorten the text about you to at most 2,000 characters.',
  'settings.profile.error.expertise':
    'List at most 20 expertise tags, each at most 40 characters long.',
  'settings.profile.error.language': 'Choose a language from the list.',
  'settings.profile.error.timeZone': 'Choose a time zone from the list.',
  'settings.profile.error.failed':
    'Saving your profile failed. Check your connection and try again.',

  'settings.sso.heading': 'Organisation sign-in',
  'settings.sso.lead':
    'Link your account to {name}, then sign in with it instead of your password.',
  'settings.sso.link': 'Link {name}',
  'settings.sso.linked': 'Your account is now linked to {name}.',
  'settings.sso.error.failed':
    'Linking your organisation’s account did not work. Please try again.',
  'settings.sso.error.alreadyLinked':
    'That organisation account is already linked to another account here.',
  'settings.account.heading': 'Account',
  'settings.account.lead':
    'Your password and the email address you sign in with.',
  'settings.password.heading': 'Change your password',
  'settings.password.lead':
    'You stay signed in here; on every other device you are signed out.',
  'settings.password.current.label': 'Current password',
  'settings.password.new.label': 'New password',
  'settings.password.new.hint':
    'At least 12 characters. Common passwords are refused; a few unrelated words make a strong one.',
  'settings.password.submit': 'Change password',
  'settings.password.changed':
    'Your password has been changed. Other devices have been signed out.',
  'settings.password.error.currentRequired': 'Enter your current password.',
  'settings.password.error.currentWrong':
    'This is not your current password. Check it and try again.',
  'settings.password.error.newLength':
    'Enter a new password of 12 to 128 characters.',
  'settings.password.error.newSame':
    'Choose a new password that differs from the current one.',
  'settings.password.error.newRejected':
    'Choose a different password: this one is too common or too easy to guess.',
  'settings.password.error.failed':
    'Changing the password failed. Check your connection and try again.',
  'settings.email.heading': 'Change your email address',
  'settings.email.current': 'You sign in with {email}.',
  'settings.email.lead':
    'We send a link to the new address; your address only changes once you open it.',
  'settings.email.new.label': 'New email address',
  'settings.email.submit': 'Send confirmation link',
  'settings.email.sent':
    'We sent a link to {email}. Open it within 24 hours to make the change; until then your address stays as it is.',
  'settings.email.error.newInvalid':
    'Enter an email address in the right format, like name@example.org.',
  'settings.email.error.newSame':
    'This is already your address. Enter a different one.',
  'settings.email.error.newRejected':
    'Enter a valid email address that is not your current one.',
  'settings.email.error.failed':
    'Sending the link failed. Check your connection and try again.',

  'settings.tokens.heading': 'Access tokens',
  'settings.tokens.lead':
    'Personal access tokens let scripts and integrations use the API on your behalf. Anyone who has one can act as you: keep them secret and revoke any you no longer use.',
  'settings.tokens.create.heading': 'Create a token',
  'settings.tokens.create.submit': 'Create token',
  'settings.tokens.create.submitting': 'Creating token…',
  'settings.tokens.name.label': 'Name',
  'settings.tokens.name.hint':
    'What the token is for, such as “Open data sync”. Up to 80 characters.',
  'settings.tokens.expiry.label': 'Expires',
  'settings.tokens.expiry.days7': 'In 7 days',
  'settings.tokens.expiry.days30': 'In 30 days',
  'settings.tokens.expiry.days90': 'In 90 days',
  'settings.tokens.expiry.days365': 'In a year',
  'settings.tokens.expiry.never': 'Never',
  'settings.tokens.error.name': 'Enter a name of 1 to 80 characters.',
  'settings.tokens.error.expiry': 'Choose when the token expires.',
  'settings.tokens.error.failed':
    'Creating the token failed. Check your connection and try again.',
  'settings.tokens.error.tooMany':
    'You have 20 access tokens, the most you can have. Revoke one before you create another.',
  'settings.tokens.error.revokeFailed':
    'Revoking “{name}” failed. Check your connection and try again.',
  'settings.tokens.secret.heading': 'Copy your new token “{name}” now',
  'settings.tokens.secret.warning':
    'This is the only time the token is shown. Store it somewhere safe, such as a password manager, before you leave this page. If you lose it, revoke it and create a new one.',
  'settings.tokens.secret.label': 'Your new token',
  'settings.tokens.secret.copy': 'Copy token',
  'settings.tokens.secret.copiedButton': 'Copied',
  'settings.tokens.secret.copied': 'The token has been copied.',
  'settings.tokens.secret.copyFailed':
    'Copying failed. The token is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'settings.tokens.secret.usage':
    'Send it with each API request in the header “Authorization: Bearer <token>”.',
  'settings.tokens.secret.done': 'I have stored it',
  'settings.tokens.list.heading': 'Your tokens',
  'settings.tokens.list.loading': 'Loading your tokens…',
  'settings.tokens.list.loadFailed':
    'Your tokens could not be loaded. Check your connection and try again.',
  'settings.tokens.list.empty': 'You have no access tokens.',
  'settings.tokens.list.prefix': 'Starts with',
  'settings.tokens.list.created': 'Created',
  'settings.tokens.list.expires': 'Expires',
  'settings.tokens.list.expired': 'Expired on {date}',
  'settings.tokens.list.neverExpires': 'Never',
  'settings.tokens.list.lastUsed': 'Last used',
  'settings.tokens.list.neverUsed': 'Not used yet',
  'settings.tokens.revoke.button': 'Revoke',
  'settings.tokens.revoke.revoking': 'Revoking…',
  'settings.tokens.revoke.title': 'Revoke “{name}”?',
  'settings.tokens.revoke.body':
    'Scripts and integrations that use this token stop working at once. This cannot be undone.',
  'settings.tokens.revoke.confirm': 'Revoke token',
  'settings.tokens.revoked': 'The token “{name}” has been revoked.',

  'settings.confirmEmail.heading': 'Confirm your new email address',
  'settings.confirmEmail.checking': 'Confirming your new email address…',
  'settings.confirmEmail.confirmed':
    'Your new email address is confirmed. Use it to sign in from now on.',
  'settings.confirmEmail.toSettings': 'Go to your account settings',
  'settings.confirmEmail.linkInvalid':
    'This link is not valid or has expired. Ask for a new one in your account settings.',
  'settings.confirmEmail.askAgain': 'Ask for a new link',
  'settings.confirmEmail.failed':
    'Confirming failed. Check your connection and reload the page to try again.',

  'notFound.heading': 'Page not found',
  'notFound.body': 'The page you asked for does not exist or has moved.',
  'notFound.home': 'Go to the home page',
} as const satisfies Record<string, Message>;

export type TranslationKey = keyof typeof en;
