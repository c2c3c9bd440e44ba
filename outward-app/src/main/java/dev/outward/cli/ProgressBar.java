package dev.outward.cli;

import java.io.PrintWriter;

import dev.outward.events.ImportProgress;

/** A one-line progress bar (rows/s, ETA) on a terminal; silent when output is piped or in CI. */
final class ProgressBar implements ImportProgress {

    private final String label;
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();

    private ProgressBar(String label, PrintWriter err, boolean enabled) {
        this.label = label;
        this.err = err;
        this.enabled = enabled;
    }

    static ProgressBar forTerminal(String label, PrintWriter err) {
        return new ProgressBar(label, err, onTerminal());
    }

    /** Since JDK 22 a console exists even when output is piped; {@code isTerminal()} (22+) tells them apart. */
    private static boolean onTerminal() {
        var console = System.console();
        if (console == null || System.getenv("CI") != null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void advanced(long done, long total, long rows) {
        if (!enabled) {
            return;
        }
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = done / seconds;
        double rowRate = rows / seconds;
        double share = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        int width = 30;
        String bar = "#".repeat((int) (share * width)) + "-".repeat(width - (int) (share * width));
        String eta = total > 0 && rate > 0 ? "%.0fs".formatted((total - done) / rate) : "?";
        err.printf("\r%s [%s] %3.0f%%  %,.0f rows/s  ETA %s   ", label, bar, share * 100, rowRate, eta);
        err.flush();
    }

    void done() {
        if (enabled) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
