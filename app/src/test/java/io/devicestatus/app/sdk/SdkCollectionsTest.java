package io.devicestatus.app.sdk;

import static io.devicestatus.app.sdk.SdkCollections.graphError;
import static io.devicestatus.app.sdk.SdkCollections.wire;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.serialization.AdditionalDataHolder;
import com.microsoft.kiota.serialization.Parsable;
import io.devicestatus.app.sdk.SdkCollection.Query;
import io.devicestatus.app.sdk.SdkServer.SdkClients;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Microsoft's Graph Java SDK (v1.0 and beta) against the running server, on each of the seven collection/version
 * pairs, as its users write it: create, get, list and page with {@code PageIterator}, {@code $filter},
 * {@code $select}, {@code $orderby}, {@code $count=true}, patch, delete, and Graph's errors as {@code ODataError}
 * with Graph's code. Each test runs in a tenant of its own.
 */
class SdkCollectionsTest {

    private static final String ALL = "io.devicestatus.app.sdk.SdkCollections#all";

    private static SdkServer server;
    private String tenant;
    private SdkClients admin;

    @BeforeAll
    static void startServer() throws Exception {
        server = new SdkServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void newTenant() {
        tenant = SdkServer.newTenant();
        admin = server.admin(tenant);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void create_then_get_and_list_give_back_every_property_with_7_digit_times_and_their_offsets(
            Function<SdkClients, SdkCollection<?>> pair) {
        roundTrip(pair.apply(admin));
    }

    private <T extends Parsable> void roundTrip(SdkCollection<T> c) {
        T sample = c.sample(1);
        T created = c.create(sample);

        assertThat(c.id(created)).isNotBlank();
        assertThat(c.properties(created)).isEqualTo(c.properties(sample)).doesNotContainValue(null);
        assertThat(c.properties(c.get(c.id(created)))).isEqualTo(c.properties(sample));
        var listed = c.list(Query.all()).value();
        assertThat(listed).hasSize(1);
        assertThat(c.id(listed.get(0))).isEqualTo(c.id(created));
        assertThat(c.properties(listed.get(0))).isEqualTo(c.properties(sample));
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void page_iterator_follows_next_links_through_25_statuses_10_at_a_time(
            Function<SdkClients, SdkCollection<?>> pair) {
        paging(pair.apply(admin));
    }

    private <T extends Parsable> void paging(SdkCollection<T> c) {
        var created = IntStream.range(0, 25)
                .mapToObj(i -> c.id(c.create(c.sample(i))))
                .toList();

        var first = c.list(Query.top(10));
        assertThat(first.value()).hasSize(10);
        assertThat(first.nextLink()).as("an absolute nextLink").startsWith(server.baseUri() + "/");

        var all = c.pageThrough(Query.top(10));
        assertThat(all.stream().map(c::id).toList()).hasSize(25).containsExactlyInAnyOrderElementsOf(created);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void filter_on_the_state_with_count_true_answers_the_matching_statuses_and_their_count(
            Function<SdkClients, SdkCollection<?>> pair) {
        filterAndCount(pair.apply(admin));
    }

    private <T extends Parsable> void filterAndCount(SdkCollection<T> c) {
        IntStream.range(0, 7).forEach(i -> c.create(c.sample(i)));

        var page = c.list(Query.filter(c.stateProperty() + " eq '" + wire(c.evenState()) + "'"));

        assertThat(page.count()).isEqualTo(4L);
        assertThat(page.value())
                .hasSize(4)
                .allSatisfy(
                        e -> assertThat(c.properties(e).get(c.stateProperty())).isEqualTo(c.evenState()));
        assertThat(c.list(new Query(null, null, null, null, true)).count()).isEqualTo(7L);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void select_answers_the_selected_properties_only(Function<SdkClients, SdkCollection<?>> pair) {
        select(pair.apply(admin));
    }

    private <T extends Parsable> void select(SdkCollection<T> c) {
        T created = c.create(c.sample(3));

        var page = c.list(new Query(null, null, new String[] {"id", "userPrincipalName"}, null, null));

        assertThat(page.value()).hasSize(1);
        T selected = page.value().get(0);
        assertThat(c.id(selected)).isEqualTo(c.id(created));
        c.properties(selected).forEach((name, value) -> {
            if (name.equals("userPrincipalName")) {
                assertThat(value).isEqualTo("user3@contoso.example");
            } else {
                assertThat(value).as(name + " was not selected").isNull();
            }
        });
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void orderby_the_report_time_sorts_by_instant_whatever_the_offsets(Function<SdkClients, SdkCollection<?>> pair) {
        orderBy(pair.apply(admin));
    }

    private <T extends Parsable> void orderBy(SdkCollection<T> c) {
        var created = new ArrayList<T>();
        IntStream.range(0, 6).forEach(i -> created.add(c.create(c.sample(i))));
        Function<T, OffsetDateTime> time = e -> (OffsetDateTime) c.properties(e).get(c.timeProperty());
        Comparator<T> byInstant = Comparator.comparing(e -> time.apply(e).toInstant());
        List<String> ascending = created.stream().sorted(byInstant).map(c::id).toList();
        List<String> descending =
                created.stream().sorted(byInstant.reversed()).map(c::id).toList();
        assertThat(ascending)
                .as("the samples' offsets make text order differ from instant order")
                .isNotEqualTo(created.stream()
                        .sorted(Comparator.comparing(e -> time.apply(e).toString()))
                        .map(c::id)
                        .toList());

        var asc = c.list(new Query(null, null, null, new String[] {c.timeProperty() + " asc"}, null));
        var desc = c.list(new Query(null, null, null, new String[] {c.timeProperty() + " desc"}, null));

        assertThat(asc.value().stream().map(c::id).toList()).isEqualTo(ascending);
        assertThat(desc.value().stream().map(c::id).toList()).isEqualTo(descending);
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void patch_if_match_its_etag_changes_what_it_names_and_delete_removes(Function<SdkClients, SdkCollection<?>> pair) {
        patchAndDelete(pair.apply(admin));
    }

    private <T extends Parsable> void patchAndDelete(SdkCollection<T> c) {
        T sample = c.sample(2);
        T created = c.create(sample);
        String id = c.id(created);
        // The SDK keeps @odata.etag among the model's additional data: a user's If-Match comes from there.
        Object etag = ((AdditionalDataHolder) created).getAdditionalData().get("@odata.etag");
        assertThat(etag).isEqualTo("W/\"1\"");
        var expected = c.properties(sample);
        c.properties(c.change()).forEach((name, value) -> {
            if (value != null) {
                expected.put(name, value);
            }
        });

        T patched = c.patch(id, c.change(), (String) etag);

        assertThat(c.properties(patched)).isEqualTo(expected);
        assertThat(c.properties(c.get(id))).isEqualTo(expected);
        assertThat(((AdditionalDataHolder) patched).getAdditionalData().get("@odata.etag"))
                .isEqualTo("W/\"2\"");

        c.delete(id);

        var gone = graphError(() -> c.get(id));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("ResourceNotFound");
        assertThat(c.list(Query.all()).value()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(ALL)
    void graphs_errors_surface_as_odata_errors_with_graphs_codes(Function<SdkClients, SdkCollection<?>> pair) {
        SdkCollection<?> c = pair.apply(admin);
        errors(
                c,
                pair.apply(server.clients("not-a-token")),
                pair.apply(server.clients(server.token(tenant, SdkServer.CONFIG_READ, SdkServer.APPS_READ))));
    }

    @SuppressWarnings("unchecked")
    private <T extends Parsable> void errors(SdkCollection<T> c, SdkCollection<?> badToken, SdkCollection<?> readOnly) {
        String id = c.id(c.create(c.withId(c.sample(1), "status-1")));

        assertError(graphError(() -> c.get("no-such-status")), 404, "ResourceNotFound");
        assertError(graphError(() -> c.list(Query.filter("noSuchProperty eq 'x'"))), 400, "BadRequest");
        assertError(graphError(() -> badToken.list(Query.all())), 401, "InvalidAuthenticationToken");
        var writer = (SdkCollection<T>) readOnly;
        assertError(graphError(() -> writer.create(c.sample(2))), 403, "Forbidden");
        assertThat(writer.list(Query.all()).value()).as("reading is allowed").hasSize(1);
        assertError(graphError(() -> c.create(c.withId(c.sample(3), "status-1"))), 409, "Conflict");
        assertError(graphError(() -> c.patch(id, c.change(), "W/\"99\"")), 412, "PreconditionFailed");

        assertThat(c.properties(c.get(id))).as("nothing was written").isEqualTo(c.properties(c.sample(1)));
    }

    private static void assertError(SdkCollections.GraphError error, int status, String code) {
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.requestId()).as("Graph's innerError.request-id").isNotBlank();
    }
}
