// Tests create and drop databases: refuse anything but a server on this machine.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export function assertLocalDatabase(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("The test database URL cannot be parsed; refusing to run tests against it.");
  }
  if (!LOCAL_HOSTS.has(host) && !host.startsWith("/")) {
    throw new Error(`Refusing to run tests against a database on "${host}": tests only use a local server.`);
  }
}
