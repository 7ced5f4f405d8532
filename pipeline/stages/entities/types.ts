/**
 * Mentions and entities (owned by the entities stage). A mention is a span that refers to a
 * speaker-capable referent: a full name (with titles and roles glued to it), a surname, a
 * role noun ("der US-Präsident"), a pronoun ("er"), an organisation, a place used as actor
 * ("Moskau", "der Kreml"), or an unnamed source or group ("ein NATO-Diplomat",
 * "Diplomaten"). Coreference groups mentions into entities: one entity per real-world
 * referent in the document.
 *
 * Span convention: a mention covers the whole noun phrase as written, with its article,
 * adjectives and a title or role glued to a name ("US-Außenminister Marco Rubio", "der
 * russische Präsident Wladimir Putin", "die NATO"). For mentions that contain a name,
 * `name` is the sub-span of the name itself ("Marco Rubio"), so the name is always
 * recoverable. Mentions never overlap each other.
 */
import { TextSpan } from '../../core/span.js';

export type EntityType = 'person' | 'organisation' | 'place-as-actor' | 'group';
export type MentionKind = 'name' | 'surname' | 'role' | 'pronoun' | 'organisation' | 'place' | 'group';

export class Mention extends TextSpan {
  constructor(
    start: number,
    end: number,
    readonly kind: MentionKind,
    /** Index of the sentence the mention is in. */
    readonly sentence: number,
    /** Id of the entity this mention refers to, or null when it could not be resolved. */
    public entity: string | null,
    /** The name inside the mention, without title, role or article; null if it has none. */
    readonly name: TextSpan | null = null,
  ) {
    super(start, end);
  }
}

export interface Entity {
  /** Stable within a document: e1, e2, … in order of first mention. */
  id: string;
  /** The fullest name the document gives ("Marco Rubio", "Kirill Dmitrijew", "NATO"). */
  name: string;
  type: EntityType;
  mentions: Mention[];
}
