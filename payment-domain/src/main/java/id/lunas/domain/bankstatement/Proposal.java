package id.lunas.domain.bankstatement;

import id.lunas.domain.shared.Message;
import java.util.List;

/**
 * What matching proposes for one statement line and why: one candidate (sure), several (a person
 * chooses) or none. The reason is a message with arguments, shown in the reader's language.
 */
public record Proposal(LineState state, LineAction action, List<MatchCandidate> candidates, Message reason) {

    public Proposal {
        candidates = List.copyOf(candidates);
    }

    static Proposal sure(LineAction action, MatchCandidate candidate, Message reason) {
        return new Proposal(LineState.PROPOSED, action, List.of(candidate), reason);
    }

    static Proposal choose(LineAction action, List<MatchCandidate> candidates, Message reason) {
        return new Proposal(LineState.AMBIGUOUS, action, candidates, reason);
    }

    static Proposal none(Message reason) {
        return new Proposal(LineState.UNMATCHED, null, List.of(), reason);
    }

    public MatchCandidate only() {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
