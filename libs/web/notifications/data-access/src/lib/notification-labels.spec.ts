import {
  notificationTypeGroups,
  notificationTypes,
  subscriptionLevels,
} from './notification-labels';

describe('notification labels', () => {
  it('groups every kind once for the settings page', () => {
    const grouped = notificationTypeGroups.flatMap((group) => group.types);
    expect([...grouped].sort()).toEqual([...notificationTypes].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('lists the levels from the most to the least', () => {
    expect(subscriptionLevels).toEqual(['watching', 'tracking', 'normal', 'muted']);
  });
});
