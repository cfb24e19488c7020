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

  /**
   * An app of an account holding the given scopes: Server-to-Server unless `type` says user- or admin-managed
   * OAuth, which also need the redirect URIs the authorization code flow may send users back to.
   */
  async create(input: {
    accountId: string
    name: string
    scopes: string[]
    createdBy: string | null
    type?: 's2s' | 'user' | 'admin'
    redirectUris?: string[]
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
      app_type: input.type ?? 's2s',
      redirect_uris: JSON.stringify(input.redirectUris ?? []),
    }
    await this.repo.insert(row)
    return must(await this.repo.get(row.client_id), 'the app just inserted')
  }

  setStatus(clientId: string, status: 'active' | 'inactive'): Promise<void> {
    return this.repo.setStatus(clientId, status)
  }

  async update(clientId: string, input: { name?: string; scopes?: string[]; redirectUris?: string[] }): Promise<void> {
    await this.repo.update(clientId, {
      name: input.name,
      scopes: input.scopes && [...new Set(input.scopes)].sort().join(' '),
      redirect_uris: input.redirectUris && JSON.stringify(input.redirectUris),
    })
  }
}
