/**
 * Output schema of the numbers layer. Until the stage that fills it exists, the layer is
 * always an empty array.
 */
import { z } from 'zod';

export const NumbersLayer = z.array(z.never()).max(0).describe('Not annotated yet: always empty.');
