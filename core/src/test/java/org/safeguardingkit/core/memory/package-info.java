/** Tests of the in-memory storage: each runs the conformance kit. */
package org.safeguardingkit.core.memory;
