package io.devicestatus.adapter.graph.codec;

import io.devicestatus.domain.appinstall.ResultantAppState;
import io.devicestatus.domain.appinstall.ResultantAppStateDetail;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.GraphDateTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Values a valid draft may hold, drawn from the awkward corners of JSON and of Graph's DateTimeOffset. */
final class WireArbitraries {

    private static final long FIRST_SECOND = LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND =
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    private static final int MAX_OFFSET = GraphDateTime.MAX_OFFSET_SECONDS;

    private WireArbitraries() {}

    /**
     * Text without control characters (which the domain refuses): ASCII, JSON's escapes ({@code " \ /}), line and
     * paragraph separators, a byte-order mark, the rest of the BMP and characters outside it.
     */
    static Arbitrary<String> text(int maxCodePoints) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(
                        3,
                        Arbitraries.of(
                                (int) '"',
                                (int) '\\',
                                (int) '/',
                                (int) '\'',
                                (int) '@',
                                (int) '#',
                                0x2028,
                                0x2029,
                                0xFEFF,
                                0xFFFD,
                                0x00A0,
                                0x00E9)),
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFD)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(Math.min(maxCodePoints, 40)).map(WireArbitraries::string);
    }

    /** An identifier: not blank, not a dot segment. */
    static Arbitrary<String> identifier() {
        return text(128).filter(s -> !s.isBlank() && !s.equals(".") && !s.equals(".."));
    }

    /** Absent ({@code null}) about a third of the time. */
    static Arbitrary<String> optionalText(int maxCodePoints) {
        return text(maxCodePoints).injectNull(0.35);
    }

    /**
     * A DateTimeOffset in years 0001 to 9999 (in its own offset and as an instant), with 0 to 7 fractional digits and
     * an offset of whole minutes within ±14 hours (.NET's range), the extremes included.
     */
    static Arbitrary<GraphDateTime> dateTimes() {
        var seconds = Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND);
        var digits = Arbitraries.integers().between(0, 7);
        var ticks = Arbitraries.integers().between(0, 9_999_999);
        var offsets = Arbitraries.frequencyOf(
                Tuple.of(
                        6,
                        Arbitraries.integers()
                                .between(-MAX_OFFSET / 60, MAX_OFFSET / 60)
                                .map(m -> m * 60)),
                Tuple.of(1, Arbitraries.of(-MAX_OFFSET, 0, MAX_OFFSET)));
        return Combinators.combine(seconds, digits, ticks, offsets)
                .as((second, d, tick, offset) -> {
                    int unit = (int) Math.pow(10, 7 - d);
                    int nanos = tick / unit * unit * GraphDateTime.PRECISION_NANOS;
                    var local = LocalDateTime.ofEpochSecond(second, nanos, ZoneOffset.UTC);
                    return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offset));
                })
                .filter(t -> !t.toInstant().isBefore(GraphDateTime.EARLIEST)
                        && !t.toInstant().isAfter(GraphDateTime.LATEST))
                .map(GraphDateTime::new);
    }

    /**
     * {@code installState}, {@code mobileAppInstallStatusValue} (one state under either name or both), an
     * {@code installStateDetail} that goes with it (or none) and an {@code errorCode} that fits it (or none where 0
     * is meant).
     */
    static Arbitrary<Object[]> appState() {
        return Arbitraries.of(ResultantAppState.TYPE.members(ApiVersion.BETA).toJavaList())
                .flatMap(state -> {
                    var details = Arbitraries.of(ResultantAppStateDetail.TYPE
                                    .members(ApiVersion.BETA)
                                    .filter(d -> d.isCompatibleWith(state))
                                    .toJavaList())
                            .injectNull(0.3);
                    Arbitrary<Integer> errorCodes = state.hasErrorCode()
                            ? Arbitraries.integers().filter(code -> code != 0)
                            : Arbitraries.just(0).injectNull(0.5);
                    var names = Arbitraries.integers().between(0, 2);
                    return Combinators.combine(details, errorCodes, names).as((detail, code, given) ->
                            new Object[] {given == 1 ? null : state, given == 0 ? null : state, detail, code});
                });
    }

    private static String string(java.util.List<Integer> codePoints) {
        var text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
