// Every file of a build folder, subfolders included (content/ holds the kennisbank's data
// files): paths relative to the folder with `/`, sorted. Shared by the build's post-build
// step, check-dist and the bench.
import fs from 'node:fs';
import path from 'node:path';

export function walk(dir, prefix = '') {
  const out = [];
  for (const name of fs.readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (fs.statSync(path.join(dir, rel)).isDirectory()) out.push(...walk(dir, rel));
    else out.push(rel);
  }
  return out;
}
