/**
 * The port contract kit, published in the application's test-jar: abstract JUnit 5 suites that an adapter's test
 * extends to prove that it implements the outbound ports as the use cases rely on them.
 *
 * <p>One suite per repository of a {@link io.devicestatus.application.port.out.StatusStore}: {@link io.devicestatus.application.contract.IosUpdateStatusRepositoryContract},
 * {@link io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract},
 * {@link io.devicestatus.application.contract.AppInstallStatusRepositoryContract}. Each runs the shared
 * {@link io.devicestatus.application.contract.StatusRepositoryContract} (CRUD, versions, natural keys, atomic
 * batches, keyset paging, filters, counts, summaries, transactions, concurrent writers, tenant isolation) with
 * statuses of its type. The shared contract is grouped by concern, one file each ({@code WritesContract},
 * {@code BatchWritesContract}, {@code QueriesContract}, {@code PagingContract}, {@code ReportTimeOrderContract},
 * {@code TransactionsContract}, {@code ConcurrencyContract}, {@code TenantsContract}), which
 * {@code StatusRepositoryContract} nests with {@code @Nested};
 * {@link io.devicestatus.application.contract.ContractSupport} holds the hooks and helpers they share.
 * An adapter implements one method, {@code newStore()}, answering an empty store (and what it guarantees) as a
 * {@link io.devicestatus.application.contract.StoreUnderTest}; each suite tests that store's repository of its type
 * and the store's transactions.
 */
package io.devicestatus.application.contract;
