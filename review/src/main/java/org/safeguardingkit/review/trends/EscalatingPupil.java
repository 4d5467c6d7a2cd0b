package org.safeguardingkit.review.trends;

import java.util.List;
import java.util.Objects;

import org.safeguardingkit.core.model.ConcernId;

/**
 * A pupil whose incidents rise in severity or frequency over time, with the statistical evidence.
 *
 * <p>For {@link EscalationBasis#SEVERITY}: {@code statistic} is the Mann-Kendall S over the pupil's incidents in time
 * order, {@code earlier}/{@code later} the mean severity of the first and second half of the incidents. For
 * {@link EscalationBasis#FREQUENCY}: {@code statistic} is the number of incidents in the later half of the period,
 * {@code earlier}/{@code later} the counts in each half. {@code z} is the normal score of the one-sided test and
 * {@code pValue} its p-value.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pupil the pupil's pseudonym
 * @param basis what rises
 * @param incidentCount the pupil's incidents in the period
 * @param statistic the test statistic
 * @param z the normal score
 * @param pValue the one-sided p-value
 * @param earlier the earlier value (mean severity or count)
 * @param later the later value (mean severity or count)
 * @param incidents example incident ids, the latest first (at most five)
 */
public record EscalatingPupil(String pupil, EscalationBasis basis, int incidentCount, double statistic, double z,
        double pValue, double earlier, double later, List<ConcernId> incidents) {

    /** Checks the fields. */
    public EscalatingPupil {
        Objects.requireNonNull(pupil, "escalating[].pupil is required");
        Objects.requireNonNull(basis, "escalating[].basis is required");
        incidents = List.copyOf(Objects.requireNonNullElse(incidents, List.of()));
    }
}
