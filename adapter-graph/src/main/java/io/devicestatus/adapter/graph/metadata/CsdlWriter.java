package io.devicestatus.adapter.graph.metadata;

import io.vavr.collection.List;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Csdl.Schema} as an OData V4 {@code $metadata} document (CSDL XML, OData Version 4.0 Part 3) with
 * the JDK's StAX writer, which escapes every name and value. Indented two spaces a level, for people who read it.
 * The JDK's own implementation ({@code newDefaultFactory}), not whichever StAX provider a classpath brings (Olingo's
 * client brings Aalto), so the bytes are the same wherever the server runs.
 */
public final class CsdlWriter {

    static final String EDMX = "http://docs.oasis-open.org/odata/ns/edmx";
    static final String EDM = "http://docs.oasis-open.org/odata/ns/edm";

    private final XMLStreamWriter xml;
    private int depth;
    /** Whether the element last opened has children yet (its end tag then goes on a line of its own). */
    private boolean hasChildren;

    private CsdlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** The document, UTF-8. */
    public static byte[] write(Csdl.Schema schema) {
        var out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new CsdlWriter(xml).document(schema);
            xml.close();
        } catch (XMLStreamException e) {
            // only an output stream's failure makes StAX throw, and a ByteArrayOutputStream has none
            throw new IllegalStateException("writing the CSDL of " + schema.namespace() + " failed", e);
        }
        return out.toByteArray();
    }

    private void document(Csdl.Schema schema) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        // the writer is not namespace-repairing: every element names its prefix, and the two are declared once
        start("edmx", EDMX, "Edmx", "Version", "4.0");
        xml.writeNamespace("edmx", EDMX);
        start("edmx", EDMX, "DataServices");
        start("", EDM, "Schema", "Namespace", schema.namespace());
        xml.writeDefaultNamespace(EDM);
        for (var type : schema.enumTypes()) {
            enumType(type);
        }
        for (var type : schema.entityTypes()) {
            entityType(type);
        }
        start("", EDM, "EntityContainer", "Name", schema.container().name());
        for (var singleton : schema.container().singletons()) {
            empty("Singleton", "Name", singleton.name(), "Type", singleton.type());
        }
        end(); // EntityContainer
        end(); // Schema
        end(); // DataServices
        end(); // Edmx
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void enumType(Csdl.EnumType type) throws XMLStreamException {
        start("", EDM, "EnumType", "Name", type.name());
        for (var member : type.members()) {
            empty("Member", "Name", member.name(), "Value", Integer.toString(member.value()));
        }
        end();
    }

    private void entityType(Csdl.EntityType type) throws XMLStreamException {
        var attributes = List.of("Name", type.name());
        attributes = type.baseType()
                .map(List.of("BaseType")::append)
                .map(attributes::appendAll)
                .getOrElse(attributes);
        attributes = type.isAbstract() ? attributes.appendAll(List.of("Abstract", "true")) : attributes;
        start("", EDM, "EntityType", attributes.toJavaArray(String[]::new));
        if (!type.key().isEmpty()) {
            start("", EDM, "Key");
            for (String name : type.key()) {
                empty("PropertyRef", "Name", name);
            }
            end();
        }
        for (var property : type.properties()) {
            if (property.nullable()) {
                empty("Property", "Name", property.name(), "Type", property.type());
            } else {
                empty("Property", "Name", property.name(), "Type", property.type(), "Nullable", "false");
            }
        }
        for (var navigation : type.navigations()) {
            String target = "Collection(" + navigation.entityType() + ")";
            if (navigation.containsTarget()) {
                empty("NavigationProperty", "Name", navigation.name(), "Type", target, "ContainsTarget", "true");
            } else {
                empty("NavigationProperty", "Name", navigation.name(), "Type", target);
            }
        }
        end();
    }

    /** Opens an element; {@code attributes} are name, value, name, value... */
    private void start(String prefix, String namespace, String name, String... attributes) throws XMLStreamException {
        newLine();
        xml.writeStartElement(prefix, name, namespace);
        attributes(attributes);
        depth++;
        hasChildren = false;
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement("", name, EDM);
        attributes(attributes);
        hasChildren = true;
    }

    private void end() throws XMLStreamException {
        depth--;
        if (hasChildren) {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
        xml.writeEndElement();
        hasChildren = true;
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        hasChildren = true;
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }
}
