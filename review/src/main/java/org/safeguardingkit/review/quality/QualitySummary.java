package org.safeguardingkit.review.quality;

import java.util.List;
import java.util.Objects;

/**
 * The recording-quality findings summed over the sampled records.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param recordsChecked the sampled records checked
 * @param withChildVoice records that capture the child's voice (no {@code child-voice} finding)
 * @param withUnlabelledOpinion records with opinion not labelled as such ({@code fact-opinion})
 * @param withDecisionsLackingRationale records with a decision lacking its rationale ({@code rationale})
 * @param withoutLocation records without a location ({@code location})
 * @param withUnownedActions records with actions lacking an owner ({@code action-owner})
 * @param byRule records per rule, most frequent first
 */
public record QualitySummary(long recordsChecked, Share withChildVoice, Share withUnlabelledOpinion,
        Share withDecisionsLackingRationale, Share withoutLocation, Share withUnownedActions,
        List<RuleCount> byRule) {

    /** Checks the fields. */
    public QualitySummary {
        Objects.requireNonNull(withChildVoice, "quality.withChildVoice is required");
        Objects.requireNonNull(withUnlabelledOpinion, "quality.withUnlabelledOpinion is required");
        Objects.requireNonNull(withDecisionsLackingRationale, "quality.withDecisionsLackingRationale is required");
        Objects.requireNonNull(withoutLocation, "quality.withoutLocation is required");
        Objects.requireNonNull(withUnownedActions, "quality.withUnownedActions is required");
        byRule = List.copyOf(Objects.requireNonNullElse(byRule, List.of()));
    }
}
