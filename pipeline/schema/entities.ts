/**
 * Output schema of the entities layer. Until the stage that fills it exists, the layer is
 * always an empty array.
 */
import { z } from 'zod';

export const EntitiesLayer = z.array(z.never()).max(0).describe('Not annotated yet: always empty.');
