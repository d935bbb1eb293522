package id.lunas.bench;

/** The benchmarks' settings, from the environment (see the README's Performance section). */
final class Env {

    private Env() {
    }

    static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + name + " (see the README's Performance section)");
        }
        return value;
    }

    static String get(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
