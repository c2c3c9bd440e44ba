package dev.outward.server;

/** A server that holds a data directory's store: its process and where to reach it. */
public record RunningServer(long pid, String url) {

    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
