package io.devicestatus.app.sdk;

import com.microsoft.graph.beta.models.BaseCollectionPaginationCountResponse;
import com.microsoft.graph.beta.models.MobileAppInstallStatus;
import com.microsoft.kiota.serialization.ParseNode;
import com.microsoft.kiota.serialization.SerializationWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A page of {@code mobileAppInstallStatus}: the beta SDK has the entity's model but no collection response for it
 * (Graph dropped the {@code mobileApps/.../deviceStatuses} paths from its metadata), so a user writes this, exactly as
 * Kiota generates the others (compare {@code IosUpdateDeviceStatusCollectionResponse}); {@code PageIterator} reads
 * it through {@code getValue} and the base class's {@code @odata.nextLink}.
 */
public class MobileAppInstallStatusCollectionResponse extends BaseCollectionPaginationCountResponse {

    public static MobileAppInstallStatusCollectionResponse createFromDiscriminatorValue(ParseNode parseNode) {
        Objects.requireNonNull(parseNode);
        return new MobileAppInstallStatusCollectionResponse();
    }

    @Override
    public Map<String, Consumer<ParseNode>> getFieldDeserializers() {
        var deserializers = new HashMap<>(super.getFieldDeserializers());
        deserializers.put(
                "value",
                n -> setValue(n.getCollectionOfObjectValues(MobileAppInstallStatus::createFromDiscriminatorValue)));
        return deserializers;
    }

    public List<MobileAppInstallStatus> getValue() {
        return backingStore.get("value");
    }

    public void setValue(List<MobileAppInstallStatus> value) {
        backingStore.set("value", value);
    }

    @Override
    public void serialize(SerializationWriter writer) {
        Objects.requireNonNull(writer);
        super.serialize(writer);
        writer.writeCollectionOfObjectValues("value", getValue());
    }
}
