/**
 * Output schema of the entities layer: one entity per real-world referent of the document
 * (person, organisation, place used as actor, group), with every mention that refers to it.
 * Mentions that could not be resolved (a pronoun without a fitting antecedent) are left out.
 */
import { z } from 'zod';
import { Span, spanWith } from './span.js';

export const MentionKind = z
  .enum(['name', 'surname', 'role', 'pronoun', 'organisation', 'place', 'group'])
  .describe(
    '`name`: a full name, with any title or role glued to it ("US-Außenminister Marco Rubio"); `surname`: a surname alone or after a title ("Rubio", "Putins", "Präsident Selenskyj"); `role`: a role noun phrase ("der US-Präsident", "ein NATO-Diplomat", an apposition "Direktor"); `pronoun`: er, sie, dieser; `organisation`: "die NATO", "das Ministerium", "CNN"; `place`: a state, capital or seat of government as actor ("Moskau", "der Kreml"); `group`: a plural source ("Diplomaten", "ukrainische Medien").',
  );

export const Mention = spanWith({
  kind: MentionKind,
  sentence: z.int().nonnegative().describe('Index of the sentence the mention is in.'),
  entity: z.string().nullable().describe('Id of the entity the mention refers to.'),
  name: Span.nullable().describe('The name inside the mention, without article, title or role ("Marco Rubio" in "US-Außenminister Marco Rubio"); null when the mention contains no name.'),
}).describe('A mention: the whole noun phrase as written, with article, adjectives and glued titles or roles.');

export const EntityType = z
  .enum(['person', 'organisation', 'place-as-actor', 'group'])
  .describe('`place-as-actor`: a state with its capital and seat of government as one actor (Russland = Moskau = der Kreml).');

export const Entity = z
  .object({
    id: z.string().regex(/^e\d+$/).describe('e1, e2, … in order of first mention; stable within the document.'),
    name: z.string().describe('The fullest name the document gives ("Wolodymyr Selenskyj", "Internationaler Währungsfonds", "Russland"); for unnamed sources and groups their first mention without article ("NATO-Diplomat").'),
    type: EntityType,
    mentions: z.array(Mention).min(1).describe('Every mention of the entity, in text order.'),
  })
  .describe('One real-world referent of the document.');

export const EntitiesLayer = z.array(Entity).describe('Entities in order of first mention.');
