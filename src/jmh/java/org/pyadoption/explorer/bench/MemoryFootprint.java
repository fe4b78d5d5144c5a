package org.pyadoption.explorer.bench;

import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.DatasetTooLargeException;
import org.pyadoption.explorer.data.LoadedDataset;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads a synthetic dataset the way the app does and prints the process's resident memory (VmRSS from
 * /proc/self/status) after garbage collection, and again after some seconds idle ({@code -Dsettle=SECONDS}, 6 by
 * default), with the dataset still held.
 * {@code MemoryFootprint COMPANIES}; limits come from -Dexplorer.maxFileBytes / -Dexplorer.maxCompanies as in the app.
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int companies = Integer.parseInt(args[0].replace("_", ""));
        Path file = BenchData.file(companies);
        DatasetLoader loader = new DatasetLoader();
        System.out.printf(Locale.ROOT, "limits: %s; max heap %d MB%n", loader.limits(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("before load: " + memory());
        long[] reports = {0, 0};
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long startCpu = os.getProcessCpuTime();
        long startThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        LoadedDataset loaded;
        try {
            loaded = loader.load(file, (read, total) -> {
                reports[0]++;
                reports[1] = read;
            }, () -> false);
        } catch (DatasetTooLargeException e) {
            System.out.printf(Locale.ROOT, "refused after %.1f s, %,d progress reports, last at %,d bytes:%n  %s%n",
                    (System.nanoTime() - start) / 1e9, reports[0], reports[1], e.getMessage());
            gc();
            System.out.println("after refusal and GC: " + memory());
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double threadCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - startThreadCpu) / 1e9;
        double processCpu = (os.getProcessCpuTime() - startCpu) / 1e9;
        System.out.printf(Locale.ROOT, "loaded %,d companies, %,d facts in %.2f s (%.0f MB/s), %,d progress reports%n",
                loaded.dataset().companies().size(), loaded.dataset().factCount(), seconds,
                Files.size(file) / 1e6 / seconds, reports[0]);
        System.out.printf(Locale.ROOT, "CPU time: %.2f s on the loading thread, %.2f s for the whole process "
                + "(index thread and garbage collector included)%n", threadCpu, processCpu);
        System.out.println("peak during load: " + status().get(1));
        gc();
        System.out.println("after load and GC: " + memory());
        // the collector gives memory back on its own schedule (Shenandoah after ShenandoahUncommitDelay, the JVM's
        // compiler arenas after about 5 s): what the window holds while the user reads is the figure after a pause
        int settle = Integer.getInteger("settle", 6);
        if (settle > 0) {
            Thread.sleep(settle * 1000L);
            System.out.printf(Locale.ROOT, "after %d s idle: %s%n", settle, memory());
        }
        if (loaded.index().companies().isEmpty()) {
            System.out.println("(keeps the dataset reachable)");
        }
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
    }

    private static String memory() throws IOException {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "%s; heap used %d MB, committed %d MB", status().get(0), heap.getUsed() >> 20,
                heap.getCommitted() >> 20);
    }

    /** VmRSS and VmHWM lines of /proc/self/status. */
    private static List<String> status() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
        String rss = lines.stream().filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
        String hwm = lines.stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?");
        return List.of(rss.replaceAll("\\s+", " "), hwm.replaceAll("\\s+", " "));
    }
}
