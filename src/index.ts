// The package entry for programs that run the server themselves (test runners); the CLI is bin/zoom-api-server.
export { startServer, type StartOptions, type StartedServer } from './start.js'
export type { SeedResult } from './seed.js'
export type { SnapshotInfo } from './store/snapshots.repo.js'
