/**
 * The build's last step: writes the offline manifest and the service worker
 * (with this build's version) into dist/, and prints the offline copy's size.
 * `node scripts/offline.ts [--dist DIR]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { offlineManifest } from './lib/offline/manifest.ts';

/** Below this size the whole archive is saved on the first visit; above it, on "save for offline". */
const AUTO_SAVE_BYTES = 20 * 1024 * 1024;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;

// manifest: every file of the built site as a URL, with sizes and a version hash
const manifest = offlineManifest(dist);
writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify(manifest));
writeFileSync(join(dist, 'offline-summary.json'), JSON.stringify({ version: manifest.version, files: manifest.files.length, totalBytes: manifest.totalBytes }));

// service worker: the template with this build's version and the auto-save threshold filled in
const template = readFileSync(new URL('./lib/offline/sw.js', import.meta.url), 'utf8');
writeFileSync(join(dist, 'sw.js'), template.replace('__VERSION__', manifest.version).replace('__AUTO_SAVE_BYTES__', String(AUTO_SAVE_BYTES)));

console.log(`offline copy: ${manifest.files.length} files, ${(manifest.totalBytes / 1024 / 1024).toFixed(2)} MB (version ${manifest.version})`);
