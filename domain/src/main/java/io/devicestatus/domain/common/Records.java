package io.devicestatus.domain.common;

import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;

/**
 * The text form of the domain's records: a record's default {@code toString} shows vavr's wrappers
 * ({@code osVersion=Some(17.1)}, {@code userName=None}); this one shows a present value as itself and leaves an
 * absent one out. Reads the record's components, so a new component needs no edit here.
 */
public final class Records {

    private Records() {}

    /** E.g. {@code IosUpdateDeviceStatus[id=a1, tenant=72f9..., installStatus=AVAILABLE, osVersion=17.1, ...]}. */
    public static String toString(Record record) {
        var text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(record, component);
            if (value instanceof Option<?> option) {
                option.forEach(present -> text.add(component.getName() + "=" + present));
            } else if (value instanceof Traversable<?> values) {
                text.add(component.getName() + "=" + values.mkString("[", ", ", "]"));
            } else {
                text.add(component.getName() + "=" + value);
            }
        }
        return text.toString();
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a " + record.getClass(), e);
        }
    }
}
