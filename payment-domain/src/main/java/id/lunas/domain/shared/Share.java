package id.lunas.domain.shared;

import java.io.Serializable;
import java.math.BigDecimal;

/** An amount that went to one named thing, as a message argument: "INV-2307-0441 30,878,568.81". */
public record Share(String label, BigDecimal amount) implements Serializable {
}
