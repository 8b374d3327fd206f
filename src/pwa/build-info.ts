// What version is running: shown in the staff panel and compared with /version.json.
import identity from 'virtual:version';
import type { BuildIdentity } from './build-identity.ts';

export const buildInfo: BuildIdentity = identity;
