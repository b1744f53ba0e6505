package io.devicestatus.adapter.sql;

import static io.devicestatus.adapter.sql.schema.Tables.IOS_UPDATE_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devicestatus.adapter.sql.schema.IosUpdateStatusRecord;
import io.devicestatus.application.model.IosUpdateKind;
import io.devicestatus.application.model.IosUpdateProperties;
import io.devicestatus.application.model.Match;
import io.devicestatus.application.model.Property;
import io.devicestatus.application.model.StatusFilter;
import io.devicestatus.application.model.TenantScope;
import io.devicestatus.domain.common.ComplianceStatus;
import io.devicestatus.domain.common.TenantId;
import io.devicestatus.domain.iosupdate.IosUpdateDeviceStatus;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;

/** The filter columns a rows type declares: every filterable property has one, and a filter uses it. */
class StatusRowsTest {

    private static final StatusColumns<IosUpdateStatusRecord> COLUMNS = new StatusColumns<>(
            IOS_UPDATE_STATUS,
            IOS_UPDATE_STATUS.ID,
            IOS_UPDATE_STATUS.TENANT_ID,
            IOS_UPDATE_STATUS.VERSION,
            IOS_UPDATE_STATUS.UPDATED_AT,
            IOS_UPDATE_STATUS.LAST_REPORTED_TICKS,
            List.empty(),
            List.of(IOS_UPDATE_STATUS.DEVICE_ID),
            List.empty());

    @Test
    void a_filterable_property_without_a_column_is_refused_when_the_rows_are_built() {
        assertThatThrownBy(() -> new Rows(List.of(
                        Tuple.of(IosUpdateProperties.INSTALL_STATUS, IOS_UPDATE_STATUS.INSTALL_STATUS),
                        Tuple.of(IosUpdateProperties.DEVICE_ID, IOS_UPDATE_STATUS.DEVICE_ID))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("iosUpdateDeviceStatus has no column for its filterable status");
    }

    @Test
    void each_condition_of_a_filter_is_written_on_its_property_s_column() {
        var rows = new IosUpdateStatusRows();
        var filter = StatusFilter.of(IosUpdateProperties.STATUS, Match.eq(ComplianceStatus.NON_COMPLIANT))
                .and(IosUpdateProperties.DEVICE_ID, Match.ne("d1"));

        assertThat(rows.condition(filter).toString())
                .contains("\"status\" in ('nonCompliant')")
                .contains("\"device_id\" is null")
                .contains("\"device_id\" not in ('d1')");
        assertThat(rows.condition(StatusFilter.any()).toString()).isEqualTo("true");
    }

    /** Rows whose only interesting part is the constructor. */
    private static final class Rows
            extends StatusRows<IosUpdateDeviceStatus, TenantScope, IosUpdateDeviceStatus.Draft, IosUpdateStatusRecord> {

        Rows(
                List<Tuple2<Property<IosUpdateDeviceStatus.Draft, ?>, TableField<IosUpdateStatusRecord, String>>>
                        columns) {
            super(IosUpdateKind.INSTANCE, COLUMNS, columns);
        }

        @Override
        List<String> scopeValues(TenantScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        TenantScope scope(TenantId tenant, Seq<String> scopeValues) {
            throw new UnsupportedOperationException();
        }

        @Override
        IosUpdateStatusRecord toRecord(IosUpdateDeviceStatus status) {
            throw new UnsupportedOperationException();
        }

        @Override
        IosUpdateDeviceStatus fromRecord(IosUpdateStatusRecord record) {
            throw new UnsupportedOperationException();
        }
    }
}
