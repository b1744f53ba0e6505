/**
 * The port contract kit, published in the application's test-jar: abstract JUnit 5 suites that an adapter's test
 * extends to prove that it implements the outbound ports as the use cases rely on them.
 *
 * <p>One suite per repository port: {@link io.devicestatus.application.contract.IosUpdateStatusRepositoryContract},
 * {@link io.devicestatus.application.contract.AppConfigurationStatusRepositoryContract},
 * {@link io.devicestatus.application.contract.AppInstallStatusRepositoryContract}. Each runs the shared
 * {@link io.devicestatus.application.contract.StatusRepositoryContract} (CRUD, versions, natural keys, atomic
 * batches, keyset paging, filters, counts, summaries, transactions, concurrent writers) with statuses of its type.
 * An adapter implements one method, {@code newPorts()}, answering a repository over an empty store and that store's
 * {@link io.devicestatus.application.port.out.TransactionPort}.
 */
package io.devicestatus.application.contract;
