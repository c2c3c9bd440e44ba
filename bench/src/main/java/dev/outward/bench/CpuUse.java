package dev.outward.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used by the server process, by this process (the load generator) and by the whole machine, from
 * /proc (Linux). CPU per event stays comparable when other work shares the machine; throughput does not.
 */
record CpuUse(double serverSeconds, double clientSeconds, double machineBusySeconds, double machineSeconds) {

    private static final double TICK = 0.01; // USER_HZ is 100 on Linux

    static CpuUse now(long serverPid) throws IOException {
        // /proc/PID/stat: the command may hold spaces, so fields are counted after its closing parenthesis.
        String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double server = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK;
        double client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < cpu.length; i++) {
            total += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle + iowait
        return new CpuUse(server, client, (total - idle) * TICK, total * TICK);
    }

    CpuUse minus(CpuUse earlier) {
        return new CpuUse(serverSeconds - earlier.serverSeconds, clientSeconds - earlier.clientSeconds,
                machineBusySeconds - earlier.machineBusySeconds, machineSeconds - earlier.machineSeconds);
    }

    /** Share of all cores that were busy. */
    double machineBusy() {
        return machineBusySeconds / machineSeconds;
    }

    /** Share of all cores busy with neither the server nor the load generator. */
    double othersBusy(double elapsedSeconds) {
        return Math.max(0, machineBusySeconds - serverSeconds - clientSeconds) / machineSeconds;
    }
}
