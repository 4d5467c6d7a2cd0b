/**
 * The review's trends (API values and their computation): repeated and escalating pupils, location hotspots, peer
 * groups and theme spikes, computed on the whole period from mergeable summaries.
 */
package org.safeguardingkit.review.trends;
