import { runBuild } from '@/scripts/build-stamp';

process.exit(runBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
