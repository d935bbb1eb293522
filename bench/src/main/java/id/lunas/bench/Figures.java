package id.lunas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects each figure's value per measured round and prints one Markdown table: median, min, max. */
final class Figures {

    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final Map<String, String> targets = new LinkedHashMap<>();

    void add(String figure, String target, double value) {
        values.computeIfAbsent(figure, f -> new ArrayList<>()).add(value);
        targets.put(figure, target);
    }

    double median(String figure) {
        List<Double> sorted = values.get(figure).stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    void print() {
        System.out.printf(Locale.ROOT, "%n| figure | median | min | max | rounds | target |%n|---|---|---|---|---|---|%n");
        values.forEach((figure, list) -> {
            List<Double> sorted = list.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %d | %s |%n", figure, number(median(figure)),
                    number(sorted.get(0)), number(sorted.get(sorted.size() - 1)), sorted.size(), targets.get(figure));
        });
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
