package id.lunas.web.collection.api;

/** The JSON of {@code POST /api/handovers/{number}/settle-shortage}: how the shortage was made good. */
public record SettlementBody(String note) {
}
