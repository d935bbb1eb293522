package id.lunas.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs operations from several client threads at once and keeps each one's latency. */
final class Load {

    @FunctionalInterface
    interface Operation {
        void run(int index) throws Exception;
    }

    /** Throughput and latency of one measured run. */
    record Run(int operations, double seconds, List<Double> millis) {

        double perSecond() {
            return operations / seconds;
        }

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
        }
    }

    private Load() {
    }

    /** {@code operations} calls spread over {@code clients} threads; any failure fails the run. */
    static Run run(int clients, int operations, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>(operations));
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < operations; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        operation.run(i);
                        millis.add((System.nanoTime() - begin) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(operations, (System.nanoTime() - started) / 1e9, millis);
    }
}
