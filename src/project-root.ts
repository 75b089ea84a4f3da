import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, prisma/ and data/, whether running from src/ or dist/src/. */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'prisma', 'schema.prisma'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project root above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();
