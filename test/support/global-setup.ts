import type { TestProject } from 'vitest/node';
import { buildSiteFrom, root } from './site.ts';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from seeds/ into a temporary folder, once for the whole run. */
    distDir: string;
  }
}

/** Builds the real archive once; browser tests serve and read it. */
export default function setup(project: TestProject): void {
  project.provide('distDir', buildSiteFrom(join(root, 'seeds')));
}
