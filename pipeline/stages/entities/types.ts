/**
 * Mentions and entities (owned by the entities stage). A mention is a span that refers to a
 * speaker-capable referent: a full name (with titles and roles glued to it), a surname, a
 * role noun ("der US-Präsident"), a pronoun ("er"), an organisation, a place used as actor
 * ("Moskau", "der Kreml"), or an unnamed source ("ein NATO-Diplomat"). Coreference groups
 * mentions into entities: one entity per real-world referent in the document.
 */
import { TextSpan } from '../../core/span.js';

export type EntityType = 'person' | 'organisation' | 'place-as-actor' | 'group';
export type MentionKind = 'name' | 'surname' | 'role' | 'pronoun' | 'organisation' | 'place' | 'group';

export class Mention extends TextSpan {
  constructor(
    start: number,
    end: number,
    readonly kind: MentionKind,
    readonly sentence: number,
    /** Id of the entity this mention refers to, or null when it could not be resolved. */
    public entity: string | null,
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
