package id.lunas.web.girodeposit.api;

import java.util.List;

/** {@code POST /api/giro-deposits}: the account, the day and the giros (payment numbers) taken to the bank. */
public record DepositBody(String bankAccountCode, String depositDate, List<String> payments) {
}
