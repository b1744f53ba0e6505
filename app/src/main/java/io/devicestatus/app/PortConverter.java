package io.devicestatus.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A TCP port option: 0 to 65535, checked while parsing so that a bad one is a usage error, not Jetty's exception. */
final class PortConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notNumber) {
            // answered below, as an out-of-range number is
        }
        throw new TypeConversionException("'" + value + "' is not a port: it must be 0 to 65535 (0: any free one)");
    }
}
