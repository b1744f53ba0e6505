package io.devicestatus.app.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.error.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;

/**
 * Turns an item read into a draft of the run's type, or the violations that reject it. The item's type is its
 * {@code @odata.type}, else {@code --type}, else its page's {@code @odata.context}; one run imports one type, the
 * first one found (so {@code --type} settles it before reading).
 */
public final class ItemDecoder {

    private static final String ODATA_TYPE = "@odata.type";

    private final ImportType declared;
    private ImportType runType;

    /** @param declared {@code --type}, or {@code null} */
    public ItemDecoder(ImportType declared) {
        this.declared = declared;
        this.runType = declared;
    }

    /** The type this run imports, once known. */
    public Optional<ImportType> runType() {
        return Optional.ofNullable(runType);
    }

    /** The draft (of {@link #runType()}'s draft type), or why the item is rejected. */
    public Either<Seq<Violation>, Object> decode(ItemReader.Item item) {
        if (item.problem() != null) {
            return Either.left(List.of(Violation.of("item", null, item.problem())));
        }
        var json = (ObjectNode) item.json();
        var type = typeOf(json, item.contextType());
        if (type.isLeft()) {
            return Either.left(List.of(type.getLeft()));
        }
        if (runType == null) {
            runType = type.get();
        } else if (type.get() != runType) {
            return Either.left(List.of(Violation.of(
                    ODATA_TYPE,
                    type.get().codec().odataType(),
                    "is not the type" + " of this import (" + runType.graphType() + "); import one type at a time")));
        }
        return runType.codec()
                .read(json, ApiVersion.BETA, Option.none())
                .<Object>map(body -> body.draft())
                .mapLeft(error -> error instanceof io.devicestatus.application.error.ApplicationError.Invalid invalid
                        ? invalid.violations()
                        : List.of(Violation.of("item", null, error.message())));
    }

    private Either<Violation, ImportType> typeOf(ObjectNode json, String context) {
        ImportType fromContext =
                context == null ? null : ImportType.ofContext(context).orElse(null);
        ImportType given = declared != null ? declared : fromContext;
        String saying =
                declared != null ? "--type " + declared.optionName() : "the page's @odata.context ('" + context + "')";
        JsonNode odataType = json.get(ODATA_TYPE);
        if (odataType == null) {
            return given != null
                    ? Either.right(given)
                    : Either.left(Violation.missing(ODATA_TYPE + " (or --type "
                            + String.join("|", ImportType.optionNames().split(", ")) + ")"));
        }
        var own = odataType.isTextual() ? ImportType.ofOdataType(odataType.textValue()) : Optional.<ImportType>empty();
        String text = odataType.isTextual() ? odataType.textValue() : odataType.toString();
        if (own.isEmpty()) {
            return Either.left(Violation.of(
                    ODATA_TYPE,
                    text,
                    "is not a type import reads; it reads "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(ImportType.values())
                                            .map(t -> t.codec().odataType())
                                            .toList())));
        }
        if (given != null && own.get() != given) {
            return Either.left(Violation.of(ODATA_TYPE, text, "differs from " + saying));
        }
        return Either.right(own.get());
    }
}
