// What a DBA does once for a real deployment (README, "Database roles"), done by
// the embedded set-up and the integration tests as a superuser: both roles
// exist with the given passwords, the owner owns the database and everything in
// its schema, and the app role has its grants. Idempotent, and it upgrades a
// data folder made before there were two roles (everything owned by postgres).
import pg from "pg";
import { grantAppPrivileges, quoteIdentifier, quoteLiteral, type RoleLogins } from "./database-roles";

// The owner may create databases so that `npm run db:diff` can make its shadow
// database; the app role may do nothing beyond its grants.
const OWNER_ATTRIBUTES = "LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
const APP_ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

/** `superuserUrl` is a superuser connected to the app's database. */
export async function prepareDatabaseRoles(superuserUrl: string, logins: RoleLogins, schema = "public"): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Two processes opening one data folder at once wait for each other here.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('factdesk.prepare-database-roles'))`);
    await ensureRole(client, logins.owner, OWNER_ATTRIBUTES);
    await ensureRole(client, logins.app, APP_ATTRIBUTES);
    const owner = quoteIdentifier(logins.owner.user);
    const { rows } = await client.query<{ database: string }>("select current_database() as database");
    await client.query(`ALTER DATABASE ${quoteIdentifier(rows[0].database)} OWNER TO ${owner}`);
    await transferOwnership(client, logins.owner.user, schema);
    await grantAppPrivileges(client, { owner: logins.owner.user, app: logins.app.user }, schema);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function ensureRole(client: pg.Client, login: { user: string; password: string }, attributes: string): Promise<void> {
  const found = await client.query("select 1 from pg_roles where rolname = $1", [login.user]);
  const verb = found.rowCount === 0 ? "CREATE" : "ALTER";
  // Always set the password: the data folder's file is what counts.
  await client.query(`${verb} ROLE ${quoteIdentifier(login.user)} WITH ${attributes} PASSWORD ${quoteLiteral(login.password)}`);
}

/**
 * Hands every object of `schema` that the owner does not own to the owner.
 * REASSIGN OWNED BY postgres is refused for the bootstrap superuser, so it goes
 * object by object. Left alone: an extension's own objects (pg_trgm's functions
 * belong to the extension) and sequences owned by a column (they follow their
 * table).
 */
async function transferOwnership(client: pg.Client, owner: string, schema: string): Promise<void> {
  for (const query of [RELATIONS, ROUTINES, TYPES]) {
    const { rows } = await client.query<{ statement: string }>(query, [schema, owner]);
    for (const { statement } of rows) await client.query(statement);
  }
}

const NOT_AN_EXTENSION_MEMBER = (catalog: string, oid: string) => `not exists (
  select 1 from pg_depend d where d.classid = '${catalog}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

const RELATIONS = `
  select format('ALTER %s %I.%I OWNER TO %I',
           case c.relkind when 'S' then 'SEQUENCE' when 'v' then 'VIEW' when 'm' then 'MATERIALIZED VIEW'
                          when 'f' then 'FOREIGN TABLE' else 'TABLE' end,
           n.nspname, c.relname, $2::text) as statement
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
    and c.relowner <> $2::text::regrole
    and ${NOT_AN_EXTENSION_MEMBER("pg_class", "c.oid")}
    and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                    and d.refobjsubid > 0 and d.deptype in ('a', 'i'))
  order by c.relkind = 'S', c.relname`;

const ROUTINES = `
  select format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', n.nspname, p.proname,
                pg_get_function_identity_arguments(p.oid), $2::text) as statement
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where n.nspname = $1 and p.proowner <> $2::text::regrole and ${NOT_AN_EXTENSION_MEMBER("pg_proc", "p.oid")}`;

// Enums, domains, ranges and free-standing composite types; a table's row type
// and array types follow their table or element type.
const TYPES = `
  select format('ALTER TYPE %I.%I OWNER TO %I', n.nspname, t.typname, $2::text) as statement
  from pg_type t join pg_namespace n on n.oid = t.typnamespace
  where n.nspname = $1 and t.typowner <> $2::text::regrole and ${NOT_AN_EXTENSION_MEMBER("pg_type", "t.oid")}
    and (t.typtype in ('e', 'd', 'r')
         or (t.typtype = 'c' and exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'c')))`;
