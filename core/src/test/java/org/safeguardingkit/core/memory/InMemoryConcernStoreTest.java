package org.safeguardingkit.core.memory;

import org.safeguardingkit.core.conformance.ConcernStoreContract;
import org.safeguardingkit.core.spi.ConcernStore;

class InMemoryConcernStoreTest extends ConcernStoreContract {

    @Override
    protected ConcernStore newStore() {
        return new InMemoryConcernStore();
    }
}
