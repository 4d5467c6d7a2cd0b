/**
 * The review's checklist (API): the eight stable questions ({@link org.safeguardingkit.review.checklist.ChecklistId}),
 * each answered YES / PARTIAL / NO ({@link org.safeguardingkit.review.checklist.Answer}) with
 * {@link org.safeguardingkit.review.checklist.Evidence}, a follow-up suggestion and the reviewer's override.
 */
package org.safeguardingkit.review.checklist;
