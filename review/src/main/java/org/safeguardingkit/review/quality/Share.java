package org.safeguardingkit.review.quality;

/**
 * A count out of a total, with the share.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count the count
 * @param total the total
 * @param share {@code count / total}, 0 when the total is 0
 */
public record Share(long count, long total, double share) {

    /**
     * A share.
     *
     * @param count the count
     * @param total the total
     * @return the share
     */
    public static Share of(long count, long total) {
        return new Share(count, total, total == 0 ? 0.0 : (double) count / total);
    }
}
