package io.devicestatus.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import io.devicestatus.adapter.graph.codec.GraphJson;
import io.devicestatus.adapter.graph.http.ODataFilters;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.domain.common.ApiVersion;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.GraphDateTime;
import io.devicestatus.domain.common.ReportTimePolicy;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.devicestatus.domain.iosupdate.IosUpdatesInstallStatus;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure code every request runs, one iOS update status at a time, next to references measured in the same run:
 * Jackson alone on the same bytes and tree, and {@link UUID#randomUUID()} (what the service pays to mint an id).
 * Every input is checked once in {@link #setUp()} to take the success path, so no method measures an error.
 *
 * <p>Run with {@code bench/jmh.sh} (bench/README.md), which builds the jar and prints a table of ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// On 2 busy cores C2 took 6 to 7 s to settle the slowest (codecRead fell from 150 to 6.5 us/op after 3 s of warm-up)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HotPathBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final TenantId TENANT = TenantId.fromString("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static final String ID = "a49975f5-3f30-4914-b97a-dca45bb96ddf";
    private static final EntityCodec<IosUpdateDeviceStatus, IosUpdateDeviceStatus.Draft> CODEC =
            EntityCodecs.IOS_UPDATE;

    /** A list page's filter and a compound one with every operator the grammar has. */
    private static final String SIMPLE_FILTER = "installStatus eq 'installing'";

    private static final String COMPOUND_FILTER = "(deviceId in ('device-1', 'device-2', 'device-3'))"
            + " and installStatus ne 'installFailed' and status eq 'compliant'";

    private final ReportTimePolicy policy = ReportTimePolicy.withDefaultSkew(Clock.fixed(NOW, ZoneOffset.UTC));
    private IosUpdateDeviceStatus.Draft draft;
    private IosUpdateDeviceStatus.Draft nextReport;
    private IosUpdateDeviceStatus status;
    private ObjectNode tree;
    private byte[] body;

    @Setup
    public void setUp() {
        draft = draft(IosUpdatesInstallStatus.AVAILABLE, NOW.minusSeconds(3600));
        nextReport = draft(IosUpdatesInstallStatus.DOWNLOADING, NOW.minusSeconds(60));
        status = success(IosUpdateDeviceStatus.create(ID, TENANT, draft, policy));
        tree = CODEC.write(status, ApiVersion.V1_0, Option.none());
        body = EntityCodec.bytes(tree); // 509 bytes: the entity as serve writes it, less its context and etag
        success(CODEC.read(body, ApiVersion.V1_0, Option.none()));
        success(status.advance(nextReport, policy));
        success(ODataFilters.read(IosUpdateProperties.TABLE, SIMPLE_FILTER, ApiVersion.V1_0));
        success(ODataFilters.read(IosUpdateProperties.TABLE, COMPOUND_FILTER, ApiVersion.V1_0));
    }

    /** A create's body read into a draft: strict UTF-8, Jackson's tree, then every property checked and converted. */
    @Benchmark
    public Object codecRead() {
        return CODEC.read(body, ApiVersion.V1_0, Option.none());
    }

    /** A status written as Graph's JSON and serialised to the bytes an answer carries. */
    @Benchmark
    public byte[] codecWrite() {
        return EntityCodec.bytes(CODEC.write(status, ApiVersion.V1_0, Option.none()));
    }

    /** Reference: Jackson parses the same bytes into a tree, with the codec's mapper. */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return GraphJson.MAPPER.readTree(body);
    }

    /** Reference: Jackson serialises the tree {@link #codecWrite()} builds. */
    @Benchmark
    public byte[] jacksonWriteTree() {
        return EntityCodec.bytes(tree);
    }

    /** A new status validated: every property's rule and the report-time policy. */
    @Benchmark
    public Object domainCreate() {
        return IosUpdateDeviceStatus.create(ID, TENANT, draft, policy);
    }

    /** A newer report applied to a status: validated as a create, then the staleness and lifecycle checks. */
    @Benchmark
    public Object domainAdvance() {
        return status.advance(nextReport, policy);
    }

    /** {@code $filter=installStatus eq 'installing'} parsed and read against the property table. */
    @Benchmark
    public Object filterSimple() {
        return ODataFilters.read(IosUpdateProperties.TABLE, SIMPLE_FILTER, ApiVersion.V1_0);
    }

    /** A filter with {@code in}, {@code ne}, {@code eq}, {@code and} and parentheses. */
    @Benchmark
    public Object filterCompound() {
        return ODataFilters.read(IosUpdateProperties.TABLE, COMPOUND_FILTER, ApiVersion.V1_0);
    }

    /** Reference: a random (version 4) UUID, as the service mints an id. */
    @Benchmark
    public UUID uuidRandom() {
        return UUID.randomUUID();
    }

    private static IosUpdateDeviceStatus.Draft draft(IosUpdatesInstallStatus installStatus, Instant reported) {
        var at = OffsetDateTime.ofInstant(reported.plusNanos(1_234_500), ZoneOffset.ofHours(-8));
        return IosUpdateProperties.draft()
                .set(IosUpdateProperties.INSTALL_STATUS, installStatus)
                .set(IosUpdateProperties.OS_VERSION, "17.1")
                .set(IosUpdateProperties.DEVICE_ID, "device-2")
                .set(IosUpdateProperties.USER_ID, "2f1c3e1a-9d7b-4d6b-8a2e-5c4b3a291807")
                .set(IosUpdateProperties.DEVICE_DISPLAY_NAME, "iPad of Adele Vance")
                .set(IosUpdateProperties.USER_NAME, "Adele Vance")
                .set(IosUpdateProperties.DEVICE_MODEL, "iPad13,18")
                .set(
                        IosUpdateProperties.COMPLIANCE_GRACE_PERIOD_EXPIRATION_DATE_TIME,
                        new GraphDateTime(at.plusDays(7)))
                .set(IosUpdateProperties.STATUS, ComplianceStatus.COMPLIANT)
                .set(IosUpdateProperties.LAST_REPORTED_DATE_TIME, new GraphDateTime(at))
                .set(IosUpdateProperties.USER_PRINCIPAL_NAME, "AdeleV@contoso.com")
                .build();
    }

    private static <L, R> R success(Either<L, R> result) {
        return result.getOrElseThrow(error -> new IllegalStateException("not the success path: " + error));
    }
}
