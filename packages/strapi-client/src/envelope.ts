import { z } from 'zod';

export const CollectionEnvelopeSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      // Absent when the request says pagination[withCount]=false (pages after the first).
      pageCount: z.number().int().optional(),
      total: z.number().int().optional(),
    }),
  }),
});

export const SingleEnvelopeSchema = z.object({ data: z.record(z.string(), z.unknown()) });
