import type { Clock } from '../../clock.js'
import type { AppRow, AppsRepo } from '../../store/apps.repo.js'
import { clientId, secret } from '../../util/ids.js'
import { must } from '../../util/must.js'

export class AppService {
  constructor(
    private repo: AppsRepo,
    private clock: Clock,
  ) {}

  get(clientId: string): Promise<AppRow | undefined> {
    return this.repo.get(clientId)
  }

  list(accountId: string): Promise<AppRow[]> {
    return this.repo.listByAccount(accountId)
  }

  /** A Server-to-Server OAuth app of an account, holding the given scopes. */
  async create(input: {
    accountId: string
    name: string
    scopes: string[]
    createdBy: string | null
    clientId?: string
    clientSecret?: string
    webhookSecretToken?: string
  }): Promise<AppRow> {
    const row: Omit<AppRow, 'seq'> = {
      client_id: input.clientId ?? clientId(),
      account_id: input.accountId,
      name: input.name,
      client_secret: input.clientSecret ?? secret(32),
      scopes: [...new Set(input.scopes)].sort().join(' '),
      status: 'active',
      webhook_secret_token: input.webhookSecretToken ?? secret(22),
      created_by: input.createdBy,
      created_at: this.clock.now(),
    }
    await this.repo.insert(row)
    return must(await this.repo.get(row.client_id), 'the app just inserted')
  }

  setStatus(clientId: string, status: 'active' | 'inactive'): Promise<void> {
    return this.repo.setStatus(clientId, status)
  }
}
