/** What a key pressed in a combobox's field does to its open listbox. */
export type ListboxKeyAction =
  | { kind: 'move'; index: number }
  | { kind: 'pick'; index: number }
  | { kind: 'close' };

type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing'
>;

/**
 * The keys of a combobox whose focus stays in its field (the ARIA combobox pattern, with
 * `aria-activedescendant`): ArrowDown and ArrowUp move through the `count` options (wrapping
 * around), Enter and Tab pick the highlighted one, Escape closes. Null when the key is not the
 * listbox's: the field handles it as usual (so Ctrl/Cmd+Enter still sends, Shift+Tab leaves,
 * and keys typed while an input method composes go to it).
 */
export function listboxKeyAction(
  event: KeyPress,
  active: number,
  count: number,
): ListboxKeyAction | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) {
    return null;
  }
  if (event.key === 'Escape') {
    return { kind: 'close' };
  }
  if (count === 0) {
    return null;
  }
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'move', index: active < 0 ? 0 : (active + 1) % count };
    case 'ArrowUp':
      return {
        kind: 'move',
        index: active < 0 ? count - 1 : (active - 1 + count) % count,
      };
    case 'Enter':
      return event.shiftKey
        ? null
        : { kind: 'pick', index: Math.max(active, 0) };
    case 'Tab':
      return event.shiftKey
        ? null
        : { kind: 'pick', index: Math.max(active, 0) };
    default:
      return null;
  }
}
