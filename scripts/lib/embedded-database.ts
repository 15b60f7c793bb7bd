// The embedded PostgreSQL of one data folder, ready for the app: server in
// <dataDir>/pg, logins in <dataDir>/db-credentials.json, the app's database with
// its owner and app roles (prepare-database-roles.ts).
import pg from "pg";
import {
  credentialsFile,
  randomPassword,
  readOrCreateCredentials,
  writeCredentials,
  type EmbeddedCredentials,
} from "./database-credentials";
import { quoteIdentifier, quoteLiteral } from "./database-roles";
import {
  embeddedUrl,
  ensureDatabaseExists,
  isInitialised,
  LEGACY_SUPERUSER_PASSWORD,
  startEmbeddedPostgres,
} from "./embedded-postgres";
import { prepareDatabaseRoles } from "./prepare-database-roles";
import { embeddedServerDir } from "./server-data-dir";

export type EmbeddedDatabase = {
  /** The app role: every `next start` and the CLIs that read or append. */
  appUrl: string;
  /** The owner role: migrations. */
  ownerUrl: string;
  superuserUrl: string;
};

export { embeddedServerDir } from "./server-data-dir";

/** Initialises (when new) and starts the data folder's server, then readies its database. */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database: string;
}): Promise<EmbeddedDatabase & { stop: () => Promise<void> }> {
  const file = credentialsFile(options.dataDir);
  let credentials = readOrCreateCredentials(file);
  const serverDir = embeddedServerDir(options.dataDir);
  if (!isInitialised(serverDir)) {
    // initdb gets a password used once (see initialSuperuserPassword), kept in the
    // file first so that a crash before the sign-in that replaces it locks nothing out.
    credentials = { ...credentials, initialSuperuserPassword: randomPassword() };
    writeCredentials(file, credentials);
  }
  const server = await startEmbeddedPostgres({
    dataDir: serverDir,
    port: options.port,
    persistent: options.persistent,
    superuserPassword: credentials.initialSuperuserPassword ?? credentials.superuser.password,
  });
  try {
    const urls = await readyEmbeddedDatabase({ ...options, credentials });
    return { ...urls, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** For a server of this data folder already running on `port`: its database, ready. */
export async function readyEmbeddedDatabase(options: {
  dataDir: string;
  port: number;
  database: string;
  credentials?: EmbeddedCredentials;
}): Promise<EmbeddedDatabase> {
  const file = credentialsFile(options.dataDir);
  const credentials = options.credentials ?? readOrCreateCredentials(file);
  const url = (login: { user: string; password: string }, database = options.database) =>
    embeddedUrl(options.port, database, login);
  await signInAsSuperuser(options.port, credentials, file);
  await ensureDatabaseExists(url(credentials.superuser, "postgres"), options.database);
  await prepareDatabaseRoles(url(credentials.superuser), credentials);
  return { appUrl: url(credentials.app), ownerUrl: url(credentials.owner), superuserUrl: url(credentials.superuser) };
}

/**
 * Signs in as the superuser with the folder's password. A folder just made
 * still has initdb's password, one made before per-folder passwords the old
 * constant: signed in with that once, it gets the folder's password. Then the
 * server must be the one this folder's cluster runs: its system identifier is
 * recorded on first sign-in and compared on every later one, so another
 * install's server that took the port is never used.
 */
async function signInAsSuperuser(port: number, credentials: EmbeddedCredentials, file: string): Promise<void> {
  const { user, password } = credentials.superuser;
  const client = (await connectOrNull(port, { user, password })) ?? (await replaceOldPassword(port, credentials, file));
  try {
    const { rows } = await client.query<{ id: string }>("select system_identifier::text as id from pg_control_system()");
    const id = rows[0].id;
    if (!credentials.systemIdentifier) {
      writeCredentials(file, { ...credentials, systemIdentifier: id });
      credentials.systemIdentifier = id;
    } else if (credentials.systemIdentifier !== id) {
      throw new Error(
        `The PostgreSQL on port ${port} is another installation's server (system identifier ${id}, not ${credentials.systemIdentifier} as recorded in ${file}): stop it, or free the port, and start again.`,
      );
    }
  } finally {
    await client.end();
  }
}

async function replaceOldPassword(port: number, credentials: EmbeddedCredentials, file: string): Promise<pg.Client> {
  const { user, password } = credentials.superuser;
  let client: pg.Client | null = null;
  for (const old of [credentials.initialSuperuserPassword, LEGACY_SUPERUSER_PASSWORD]) {
    client ??= old ? await connectOrNull(port, { user, password: old }) : null;
  }
  if (!client) {
    throw new Error(
      `The PostgreSQL on port ${port} refuses the superuser password in ${file}: restore that file, or move the data folder away to start afresh.`,
    );
  }
  await client.query(`ALTER ROLE ${quoteIdentifier(user)} PASSWORD ${quoteLiteral(password)}`);
  if (credentials.initialSuperuserPassword) {
    delete credentials.initialSuperuserPassword;
    writeCredentials(file, credentials);
  }
  return client;
}

/** A connected client, or null when the password (or user) is refused. */
async function connectOrNull(port: number, login: { user: string; password: string }): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres", login) });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    // 28P01: invalid_password; 28000: invalid_authorization_specification.
    const code = (error as { code?: string }).code;
    if (code === "28P01" || code === "28000") return null;
    throw error;
  }
}
