package io.devicestatus.app.sdk;

import com.microsoft.graph.core.requests.IBaseClient;
import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.AdditionalDataHolder;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One collection of one API version as Microsoft's Graph SDK reaches it: through its request builders where the SDK
 * has them, else through its request adapter. The tests run the same operations on all seven collection/version
 * pairs through this.
 *
 * @param <T> the SDK's model class of the entity
 */
interface SdkCollection<T extends Parsable> {

    /** E.g. {@code "v1.0 iosUpdateStatuses"}. */
    String name();

    /**
     * The collection as an {@code @odata.context} names it after {@code $metadata#}, parent keys in parentheses:
     * {@code deviceAppManagement/mobileAppConfigurations('config-1')/deviceStatuses}.
     */
    String contextPath();

    /** The client the collection's requests go through (batching needs it). */
    IBaseClient client();

    // --- the entity ---

    /** A new entity with every property of this version set; {@code i} makes it distinct. */
    T sample(int i);

    /** A patch body changing two properties, one of them the state. */
    T change();

    T withId(T entity, String id);

    String id(T entity);

    /** Every property of this version by its Graph name, {@code id} excluded. */
    Map<String, Object> properties(T entity);

    /** The enum property that {@code $filter} tests on, and the value {@link #sample} gives to even {@code i}. */
    String stateProperty();

    Object evenState();

    /** The report time property ({@code $orderby}). */
    String timeProperty();

    // --- the operations ---

    T create(T entity);

    T get(String id);

    Page<T> list(Query query);

    /** Every entity of the query, following {@code @odata.nextLink} with the SDK's {@link PageIterator}. */
    List<T> pageThrough(Query query);

    /** {@code GET .../$count}, the SDK's {@code .count().get()}. */
    int countSegment(String filter);

    /** {@code PATCH} with an {@code If-Match} header unless it is null. */
    T patch(String id, T change, String ifMatch);

    void delete(String id);

    /** The create request as the SDK builds it, for a {@code $batch} step. */
    RequestInformation createRequest(T entity);

    ParsableFactory<T> factory();

    /** The query options the SDK's request configuration takes; null ones are not sent. */
    record Query(Integer top, String filter, String[] select, String[] orderby, Boolean count) {
        static Query all() {
            return new Query(null, null, null, null, null);
        }

        static Query top(int top) {
            return new Query(top, null, null, null, null);
        }

        static Query filter(String filter) {
            return new Query(null, filter, null, null, true);
        }
    }

    /**
     * One page of a list: its entities, {@code @odata.count}, {@code @odata.nextLink}, and {@code @odata.context}
     * (which the SDK keeps among the page's additional data).
     */
    record Page<T>(List<T> value, Long count, String nextLink, Object context) {}

    /** Follows the pages from the first one with the SDK's own iterator, as the SDK's documentation shows. */
    static <E extends Parsable, P extends Parsable & AdditionalDataHolder> List<E> iterate(
            IBaseClient client, P firstPage, ParsableFactory<P> pageFactory) {
        var all = new ArrayList<E>();
        try {
            new PageIterator.Builder<E, P>()
                    .client(client)
                    .collectionPage(firstPage)
                    .collectionPageFactory(pageFactory)
                    .processPageItemCallback(e -> all.add(e))
                    .build()
                    .iterate();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the SDK's PageIterator could not read the page", e);
        } catch (ApiException e) {
            throw e;
        }
        return all;
    }

    /**
     * A report time with 7 fractional digits and an offset that varies with {@code i}: sorting by it must compare
     * instants, not text.
     */
    static OffsetDateTime time(int i) {
        ZoneOffset[] offsets = {ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(-8), ZoneOffset.UTC};
        return OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_700 + i * 100, offsets[i % 3])
                .plusMinutes(17L * i);
    }
}
