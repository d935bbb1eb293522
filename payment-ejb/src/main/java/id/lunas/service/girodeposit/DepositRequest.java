package id.lunas.service.girodeposit;

import java.time.LocalDate;
import java.util.List;

/** The giros (by payment number) someone is taking to one company bank account on a day. */
public record DepositRequest(String bankAccountCode, LocalDate depositDate, List<String> payments) {
}
