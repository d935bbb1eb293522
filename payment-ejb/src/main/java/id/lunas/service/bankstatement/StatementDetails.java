package id.lunas.service.bankstatement;

import id.lunas.domain.bankstatement.LineState;
import id.lunas.service.platform.Page;
import java.util.Map;

/** A statement, how many of its lines stand in each state, and one page of its lines. */
public record StatementDetails(StatementSummary statement, Map<LineState, Long> counts,
                               Page<StatementLineView> lines) {
}
