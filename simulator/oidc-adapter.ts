import type { Adapter, AdapterPayload } from "oidc-provider";

interface Entry {
  model: string;
  payload: AdapterPayload;
  expiresAt: number;
}

const GRANTABLE = new Set([
  "AccessToken",
  "AuthorizationCode",
  "RefreshToken",
  "DeviceCode",
  "BackchannelAuthenticationRequest",
  "PreAuthorizedCode",
]);

/**
 * In-memory storage for oidc-provider that can also find everything of one account, so the
 * control API can end a user's sessions, grants and refresh tokens.
 */
export class OidcMemoryStore {
  private entries = new Map<string, Entry>();
  private writes = 0;

  adapterFor = (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    return {
      upsert: async (id, payload, expiresIn) => {
        const expiresAt = typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : Infinity;
        this.entries.set(key(id), { model, payload, expiresAt });
        this.writes += 1;
        if (this.writes % 500 === 0) this.deleteWhere((e) => e.expiresAt <= Date.now());
      },
      find: async (id) => this.live(key(id))?.payload,
      findByUid: async (uid) => this.findWhere((e) => e.model === model && e.payload.uid === uid),
      findByUserCode: async (code) =>
        this.findWhere((e) => e.model === model && e.payload.userCode === code),
      consume: async (id) => {
        const entry = this.live(key(id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        this.entries.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        this.deleteWhere((e) => GRANTABLE.has(e.model) && e.payload.grantId === grantId);
      },
    };
  };

  /** Ends every session, grant, code and token of the account; returns how many records went. */
  revokeAccount(accountId: string): number {
    const grantIds = new Set<string>();
    for (const [id, entry] of this.entries) {
      if (entry.model === "Grant" && entry.payload.accountId === accountId)
        grantIds.add(id.slice("Grant:".length));
    }
    return this.deleteWhere(
      (e) =>
        e.payload.accountId === accountId ||
        e.payload.session?.accountId === accountId ||
        (GRANTABLE.has(e.model) &&
          typeof e.payload.grantId === "string" &&
          grantIds.has(e.payload.grantId)),
    );
  }

  /** How many live records of a model belong to the account (for tests). */
  count(model: string, accountId: string): number {
    let n = 0;
    for (const [key] of this.entries) {
      const entry = this.live(key);
      if (entry?.model === model && entry.payload.accountId === accountId) n += 1;
    }
    return n;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private findWhere(test: (entry: Entry) => boolean): AdapterPayload | undefined {
    for (const [key, entry] of this.entries) {
      if (test(entry) && this.live(key)) return entry.payload;
    }
    return undefined;
  }

  private deleteWhere(test: (entry: Entry) => boolean): number {
    let n = 0;
    for (const [key, entry] of this.entries) {
      if (test(entry)) {
        this.entries.delete(key);
        n += 1;
      }
    }
    return n;
  }
}
