/**
 * The build's last step: writes the offline manifest and the service worker
 * (with this build's version) into dist/, and prints the offline copy's size.
 * `node scripts/offline.ts [--dist DIR] [--auto-save-bytes N]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coreFiles, offlineManifest } from './lib/offline/manifest.ts';

/** Below this size the whole archive is saved on the first visit; above it, on "save for offline". */
const AUTO_SAVE_BYTES = 20 * 1024 * 1024;

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'auto-save-bytes': { type: 'string', default: String(AUTO_SAVE_BYTES) },
  },
});
const dist = values.dist;
const autoSaveBytes = Number(values['auto-save-bytes']);

// manifest: every file of the built site as a URL, with sizes and a version hash
const manifest = offlineManifest(dist);
writeFileSync(join(dist, 'offline-manifest.json'), JSON.stringify(manifest));
writeFileSync(
  join(dist, 'offline-summary.json'),
  JSON.stringify({ version: manifest.version, files: manifest.files.length, totalBytes: manifest.totalBytes }),
);

// service worker: the template with this build's version, the auto-save threshold and the core files filled in
const template = readFileSync(new URL('./lib/offline/sw.js', import.meta.url), 'utf8');
const core = coreFiles(manifest);
writeFileSync(
  join(dist, 'sw.js'),
  template
    .replace('__VERSION__', manifest.version)
    .replace('__AUTO_SAVE_BYTES__', String(autoSaveBytes))
    .replace('__CORE__', JSON.stringify(core)),
);

console.log(
  `offline copy: ${manifest.files.length} files, ${(manifest.totalBytes / 1024 / 1024).toFixed(2)} MB (version ${manifest.version})`,
);
