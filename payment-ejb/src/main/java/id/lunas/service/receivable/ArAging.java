package id.lunas.service.receivable;

import java.time.LocalDate;
import java.util.List;

/** Receivables aging on {@code asOf}: every customer who owes something or has money clearing, and the totals. */
public record ArAging(LocalDate asOf, List<CustomerAging> customers, CustomerAging totals) {
}
