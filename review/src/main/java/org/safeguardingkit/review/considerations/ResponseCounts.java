package org.safeguardingkit.review.considerations;

/**
 * How a set of incidents was responded to. Sanction: a response of type SANCTION. Support: SUPPORT, EDUCATION,
 * RESTORATIVE, SUPERVISION or SAFETY_PLAN. Referral: a response of type REFERRAL, an agency involvement or a
 * decision to refer (early help, statutory, police, signpost). Individual / context: the level of the responses
 * (peer group, whole school or environment is "context").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param incidents incidents counted
 * @param sanction incidents with a sanction
 * @param support incidents with a support response
 * @param referral incidents with a referral
 * @param sanctionOnly incidents whose only responses are sanctions (no support, no referral)
 * @param individual incidents with a response to the individuals
 * @param context incidents with a response to a peer group, the whole school or the environment
 * @param none incidents with no recorded response, referral or decision
 */
public record ResponseCounts(long incidents, long sanction, long support, long referral, long sanctionOnly,
        long individual, long context, long none) {

    /** No incidents. */
    public static final ResponseCounts ZERO = new ResponseCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The sum of two counts.
     *
     * @param other the other counts
     * @return the sum
     */
    public ResponseCounts plus(ResponseCounts other) {
        return new ResponseCounts(incidents + other.incidents, sanction + other.sanction, support + other.support,
                referral + other.referral, sanctionOnly + other.sanctionOnly, individual + other.individual,
                context + other.context, none + other.none);
    }
}
