#!/usr/bin/env node
// The `signet-audit` command of package.json's "bin": runs scripts/audit.ts through tsx.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const { status, signal } = spawnSync(process.execPath, [tsx, join(here, 'audit.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(signal ? 1 : (status ?? 1));
