/**
 * Output schema of the stances layer. Until the stage that fills it exists, the layer is
 * always an empty array.
 */
import { z } from 'zod';

export const StancesLayer = z.array(z.never()).max(0).describe('Not annotated yet: always empty.');
