package io.devicestatus.app.importing;

import io.devicestatus.adapter.graph.codec.EntityCodec;
import io.devicestatus.adapter.graph.codec.EntityCodecs;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The entity types {@code import} reads: by their {@code --type} name, their {@code @odata.type}, or the collection an
 * {@code @odata.context} names.
 */
public enum ImportType {
    IOS_UPDATE("ios-update", EntityCodecs.IOS_UPDATE, "iosUpdateStatuses"),
    APP_CONFIGURATION(
            "app-configuration",
            EntityCodecs.APP_CONFIGURATION,
            "mobileAppConfigurations",
            "iosLobAppProvisioningConfigurations"),
    APP_INSTALL("app-install", EntityCodecs.APP_INSTALL, "mobileApps");

    private final String optionName;
    private final EntityCodec<?, ?> codec;
    private final String[] collections;

    ImportType(String optionName, EntityCodec<?, ?> codec, String... collections) {
        this.optionName = optionName;
        this.codec = codec;
        this.collections = collections;
    }

    /** The name {@code --type} takes. */
    public String optionName() {
        return optionName;
    }

    public EntityCodec<?, ?> codec() {
        return codec;
    }

    /** The Graph type name, e.g. {@code iosUpdateDeviceStatus}. */
    public String graphType() {
        return codec.kind().graphType();
    }

    /** {@code --type}'s value. */
    public static Optional<ImportType> ofOption(String text) {
        return Arrays.stream(values())
                .filter(t -> t.optionName.equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** An {@code @odata.type}, with or without {@code #}. */
    public static Optional<ImportType> ofOdataType(String text) {
        String name = text.startsWith("#") ? text : "#" + text;
        return Arrays.stream(values())
                .filter(t -> t.codec.odataType().equals(name))
                .findFirst();
    }

    /**
     * The type an {@code @odata.context} names: its {@code $metadata#} fragment's collection (e.g.
     * {@code deviceManagement/iosUpdateStatuses}, {@code deviceAppManagement/mobileApps('id')/deviceStatuses}) or
     * {@code Collection(microsoft.graph.x)}.
     */
    public static Optional<ImportType> ofContext(String context) {
        String fragment = context.substring(context.indexOf('#') + 1);
        for (ImportType type : values()) {
            if (fragment.contains("microsoft.graph." + type.graphType() + ")")
                    || fragment.contains("microsoft.graph." + type.graphType() + "/")) {
                return Optional.of(type);
            }
        }
        for (ImportType type : values()) {
            for (String collection : type.collections) {
                if (fragment.matches("(.*/)?" + collection + "([(/].*)?")) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** The option names, for help and errors. */
    public static String optionNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(ImportType::optionName).toList());
    }
}
