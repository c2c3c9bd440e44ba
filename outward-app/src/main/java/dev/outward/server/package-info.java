/**
 * Outward as a server on one data directory: the engine's store as Spring beans, a {@code server.json} that tells
 * command-line tools who holds the store, and imports done through the server.
 * <p>
 * DuckDB lets one process hold the store file, and the engine's main connection serves one thread at a time; an
 * import runs its transaction on it. So request threads share the store through {@link dev.outward.server.Store},
 * which takes turns, rather than through the {@code Database} and {@code EventStore} beans directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Server")
package dev.outward.server;
