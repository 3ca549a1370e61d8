import { listboxKeyAction } from './listbox-keys';

const press = (key: string, modifiers: Partial<KeyboardEventInit> = {}) =>
  new KeyboardEvent('keydown', { key, ...modifiers });

describe('listboxKeyAction', () => {
  it('moves with the arrow keys, wrapping around', () => {
    expect(listboxKeyAction(press('ArrowDown'), 0, 3)).toEqual({
      kind: 'move',
      index: 1,
    });
    expect(listboxKeyAction(press('ArrowDown'), 2, 3)).toEqual({
      kind: 'move',
      index: 0,
    });
    expect(listboxKeyAction(press('ArrowUp'), 0, 3)).toEqual({
      kind: 'move',
      index: 2,
    });
    expect(listboxKeyAction(press('ArrowDown'), -1, 3)).toEqual({
      kind: 'move',
      index: 0,
    });
    expect(listboxKeyAction(press('ArrowUp'), -1, 3)).toEqual({
      kind: 'move',
      index: 2,
    });
  });

  it('picks with Enter and Tab, closes with Escape', () => {
    expect(listboxKeyAction(press('Enter'), 1, 3)).toEqual({
      kind: 'pick',
      index: 1,
    });
    expect(listboxKeyAction(press('Tab'), -1, 3)).toEqual({
      kind: 'pick',
      index: 0,
    });
    expect(listboxKeyAction(press('Escape'), 1, 3)).toEqual({ kind: 'close' });
    expect(listboxKeyAction(press('Escape'), -1, 0)).toEqual({ kind: 'close' });
  });

  it('leaves other keys, modified keys and an empty list to the field', () => {
    expect(
      listboxKeyAction(press('Enter', { ctrlKey: true }), 0, 3),
    ).toBeNull();
    expect(
      listboxKeyAction(press('Enter', { metaKey: true }), 0, 3),
    ).toBeNull();
    expect(
      listboxKeyAction(press('Enter', { shiftKey: true }), 0, 3),
    ).toBeNull();
    expect(listboxKeyAction(press('Tab', { shiftKey: true }), 0, 3)).toBeNull();
    expect(
      listboxKeyAction(press('ArrowDown', { altKey: true }), 0, 3),
    ).toBeNull();
    expect(listboxKeyAction(press('a'), 0, 3)).toBeNull();
    expect(listboxKeyAction(press('ArrowDown'), 0, 0)).toBeNull();
    expect(listboxKeyAction(press('Enter'), 0, 0)).toBeNull();
    expect(
      listboxKeyAction(
        { ...press('Enter'), key: 'Enter', isComposing: true },
        0,
        3,
      ),
    ).toBeNull();
  });
});
