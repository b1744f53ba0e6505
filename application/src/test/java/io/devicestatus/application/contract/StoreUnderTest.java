package io.devicestatus.application.contract;

import io.devicestatus.application.port.out.TransactionPort;
import java.util.Objects;

/**
 * What an adapter hands the contract for one test: a repository over an empty store, the transactions of that same
 * store, and what the store guarantees beyond the contract every store meets.
 *
 * @param repository   the repository under test; the store holds no status of its type
 * @param transactions units of work that span {@code repository}'s calls
 * @param guarantees   what the store can promise; a local database promises {@link StoreGuarantees#all() all}
 * @param otherTenant  the repository through which the isolation tests act as
 *                     {@link StatusRepositoryContract#OTHER_TENANT}: the same {@code repository} for a store that
 *                     keeps every tenant (a database), another one for a store that talks to one tenant only (the
 *                     Graph store, whose tenant is its token's), over the same data
 * @param <R>          the repository port
 */
public record PortsUnderTest<R>(R repository, TransactionPort transactions, StoreGuarantees guarantees, R otherTenant) {

    public PortsUnderTest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(guarantees, "guarantees");
        Objects.requireNonNull(otherTenant, "otherTenant");
    }

    /** A store that keeps every tenant, guaranteeing {@code guarantees}. */
    public PortsUnderTest(R repository, TransactionPort transactions, StoreGuarantees guarantees) {
        this(repository, transactions, guarantees, repository);
    }

    /** A store that keeps every tenant and guarantees {@link StoreGuarantees#all() all}. */
    public PortsUnderTest(R repository, TransactionPort transactions) {
        this(repository, transactions, StoreGuarantees.all());
    }
}
