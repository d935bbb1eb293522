package id.lunas.service.receivable;

import id.lunas.domain.receivable.AgingBucket;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What one customer still owes on a day, by how late it is, and apart from it the money already on
 * its way (giros not cleared, collections not confirmed) that will settle some of it.
 */
public record CustomerAging(String customerCode, String customerName, Map<AgingBucket, BigDecimal> outstanding,
                            BigDecimal total, BigDecimal inClearing) {
}
