import type { Clock } from './clock.js'
import type { Config } from './config.js'
import { AccountService } from './domain/accounts/account.service.js'
import { AppService } from './domain/accounts/app.service.js'
import { TokenService } from './domain/auth/token.service.js'
import { UserService } from './domain/users/user.service.js'
import { PageTokens } from './domain/paging.js'
import { RateLimiter } from './http/rate-limit.js'
import type { Db } from './store/db.js'
import { AccountsRepo } from './store/accounts.repo.js'
import { AppsRepo } from './store/apps.repo.js'
import { MetaRepo } from './store/meta.repo.js'
import { TokensRepo } from './store/tokens.repo.js'
import { UsersRepo } from './store/users.repo.js'
import { randomBytes } from 'node:crypto'
import { EventBus } from './events/bus.js'
import { SERVICES, type RegisteredService } from './registry.js'

/** Everything a handler may use, built once per server. */
export interface Services {
  config: Config
  db: Db
  clock: Clock
  pages: PageTokens
  rateLimiter: RateLimiter
  tokens: TokenService
  accounts: AccountService
  apps: AppService
  users: UserService
  events: EventBus
  /**
   * The one instance of a group's service class for this server, created on first use. Groups add their
   * services this way instead of growing this interface; the class must be declared in src/registry.ts.
   */
  use<C extends RegisteredService>(ctor: C): InstanceType<C>
  /** Whether the instance of a service class exists yet (listeners are built when the server starts). */
  built(ctor: RegisteredService): boolean
}

const DECLARED: ReadonlySet<unknown> = new Set(SERVICES)

export async function buildServices(config: Config, db: Db, clock: Clock): Promise<Services> {
  const k = db.kysely
  const meta = new MetaRepo(k)
  // Secrets shared by every process on this database: page tokens and access tokens verify anywhere.
  const pageKey = await meta.getOrInit('page_token_key', () => randomBytes(32).toString('base64url'))
  const tokenKey = await meta.getOrInit('token_signing_key', () => randomBytes(32).toString('base64url'))
  const accountsRepo = new AccountsRepo(k)
  const appsRepo = new AppsRepo(k)
  const accounts = new AccountService(accountsRepo, clock)
  const pages = new PageTokens(pageKey, clock)
  const instances = new Map<RegisteredService, object>()
  const svc: Services = {
    config,
    db,
    clock,
    pages,
    rateLimiter: new RateLimiter(clock, config.rateLimits),
    tokens: new TokenService(clock, appsRepo, accountsRepo, new TokensRepo(k), tokenKey, () => config.publicUrl),
    accounts,
    apps: new AppService(appsRepo, clock),
    users: undefined as unknown as UserService,
    events: undefined as unknown as EventBus,
    use<C extends RegisteredService>(ctor: C): InstanceType<C> {
      let instance = instances.get(ctor)
      if (!instance) {
        // The type allows only declared classes; this catches a cast, or a class passed through `any`.
        if (!DECLARED.has(ctor)) throw new Error(`${ctor.name} is not a service declared in src/registry.ts`)
        instance = new ctor(svc)
        instances.set(ctor, instance)
      }
      return instance as InstanceType<C>
    },
    built: (ctor) => instances.has(ctor),
  }
  svc.events = new EventBus(svc)
  svc.users = new UserService(new UsersRepo(k, db.writes), svc)
  return svc
}
