import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = { notices: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/notices' }), schema: z.object({ title: z.string() }) }) };
