package io.devicestatus.application.contract;

import io.devicestatus.application.port.out.StatusStore;
import java.util.Objects;

/**
 * What an adapter hands the contract for one test: an empty store, and what that store guarantees beyond the
 * contract every store meets. The suite of each status type tests that type's repository of the store, and the
 * store's transactions over it.
 *
 * @param store       the store under test; it holds no status
 * @param guarantees  what the store can promise; a local database promises {@link StoreGuarantees#all() all}
 * @param otherTenant the store through which the isolation tests act as {@link StatusRepositoryContract#OTHER_TENANT}:
 *                    the same {@code store} for a store that keeps every tenant (a database), another one for a store
 *                    that talks to one tenant only (the Graph store, whose tenant is its token's), over the same data
 */
public record StoreUnderTest(StatusStore store, StoreGuarantees guarantees, StatusStore otherTenant) {

    public StoreUnderTest {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(guarantees, "guarantees");
        Objects.requireNonNull(otherTenant, "otherTenant");
    }

    /** A store that keeps every tenant, guaranteeing {@code guarantees}. */
    public StoreUnderTest(StatusStore store, StoreGuarantees guarantees) {
        this(store, guarantees, store);
    }

    /** A store that keeps every tenant and guarantees {@link StoreGuarantees#all() all}. */
    public StoreUnderTest(StatusStore store) {
        this(store, StoreGuarantees.all());
    }
}
