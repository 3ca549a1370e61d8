/**
 * A translated text. `{name}` placeholders are filled from the parameters; a plural message picks
 * its form from the `count` parameter with the language's plural rules.
 */
export type Message = string | PluralMessage;

export interface PluralMessage {
  one: string;
  other: string;
}
