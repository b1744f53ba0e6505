package io.devicestatus.application.contract;

import io.devicestatus.application.port.out.TransactionPort;
import java.util.Objects;

/**
 * What an adapter hands the contract for one test: a repository over an empty store, and the transactions of that
 * same store.
 *
 * @param repository   the repository under test; the store holds no status of its type
 * @param transactions units of work that span {@code repository}'s calls
 * @param <R>          the repository port
 */
public record PortsUnderTest<R>(R repository, TransactionPort transactions) {

    public PortsUnderTest {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(transactions, "transactions");
    }
}
