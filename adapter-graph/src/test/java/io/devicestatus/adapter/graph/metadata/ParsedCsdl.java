package io.devicestatus.adapter.graph.metadata;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A CSDL document read back with the JDK's DOM parser (namespace-aware, so a wrong namespace reads as nothing), in
 * forms a test compares easily: a property is {@code name Type} with {@code !} appended when not nullable.
 */
record ParsedCsdl(Element schema) {

    static ParsedCsdl of(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Element root = document.getDocumentElement();
            if (!root.getLocalName().equals("Edmx")
                    || !root.getNamespaceURI().equals(CsdlWriter.EDMX)
                    || !root.getAttribute("Version").equals("4.0")) {
                throw new AssertionError("not an OData 4.0 edmx:Edmx root: " + root.getTagName());
            }
            var services = elements(root, "DataServices");
            var schemas = services.size() == 1 ? elements(services.get(0), "Schema") : List.<Element>of();
            if (schemas.size() != 1 || !schemas.get(0).getNamespaceURI().equals(CsdlWriter.EDM)) {
                throw new AssertionError("expected one Schema, found " + schemas.size());
            }
            return new ParsedCsdl(schemas.get(0));
        } catch (Exception e) {
            throw new AssertionError("the document does not parse: " + e, e);
        }
    }

    String namespace() {
        return schema.getAttribute("Namespace");
    }

    /** Enum type name to its members' names and values, in document order. */
    Map<String, Map<String, Integer>> enums() {
        var enums = new LinkedHashMap<String, Map<String, Integer>>();
        for (Element type : elements(schema, "EnumType")) {
            var members = new LinkedHashMap<String, Integer>();
            for (Element member : elements(type, "Member")) {
                members.put(member.getAttribute("Name"), Integer.parseInt(member.getAttribute("Value")));
            }
            enums.put(type.getAttribute("Name"), members);
        }
        return enums;
    }

    /** Entity type name to its own structural properties as {@code name Type[!]}, in document order. */
    Map<String, List<String>> properties() {
        var types = new LinkedHashMap<String, List<String>>();
        for (Element type : elements(schema, "EntityType")) {
            var properties = new ArrayList<String>();
            for (Element property : elements(type, "Property")) {
                properties.add(property.getAttribute("Name") + " " + property.getAttribute("Type")
                        + (property.getAttribute("Nullable").equals("false") ? "!" : ""));
            }
            types.put(type.getAttribute("Name"), properties);
        }
        return types;
    }

    Element entityType(String name) {
        return elements(schema, "EntityType").stream()
                .filter(t -> t.getAttribute("Name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no EntityType " + name));
    }

    /** Singleton name to type. */
    Map<String, String> singletons() {
        var singletons = new LinkedHashMap<String, String>();
        for (Element container : elements(schema, "EntityContainer")) {
            for (Element singleton : elements(container, "Singleton")) {
                singletons.put(singleton.getAttribute("Name"), singleton.getAttribute("Type"));
            }
        }
        return singletons;
    }

    /**
     * Every path from a singleton along navigation properties to a type without any, with that type:
     * {@code deviceManagement/iosUpdateStatuses -> microsoft.graph.iosUpdateDeviceStatus}.
     */
    SortedSet<String> paths() {
        var paths = new TreeSet<String>();
        singletons().forEach((name, type) -> walk(name, type, paths));
        return paths;
    }

    private void walk(String path, String qualifiedType, SortedSet<String> paths) {
        String prefix = namespace() + ".";
        if (!qualifiedType.startsWith(prefix)) {
            throw new AssertionError(path + " leads to " + qualifiedType + ", outside " + namespace());
        }
        var navigations = elements(entityType(qualifiedType.substring(prefix.length())), "NavigationProperty");
        if (navigations.isEmpty()) {
            paths.add(path + " -> " + qualifiedType);
        }
        for (Element navigation : navigations) {
            String type = navigation.getAttribute("Type");
            if (!type.startsWith("Collection(")
                    || !navigation.getAttribute("ContainsTarget").equals("true")) {
                throw new AssertionError(
                        path + "/" + navigation.getAttribute("Name") + " is not a contained collection: " + type);
            }
            walk(
                    path + "/" + navigation.getAttribute("Name"),
                    type.substring("Collection(".length(), type.length() - 1),
                    paths);
        }
    }

    /** The child elements of {@code parent} in CSDL's edm namespace with this local name. */
    static List<Element> elements(Element parent, String localName) {
        var found = new ArrayList<Element>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child
                    && child.getLocalName().equals(localName)
                    && (child.getNamespaceURI().equals(CsdlWriter.EDM)
                            || child.getNamespaceURI().equals(CsdlWriter.EDMX))) {
                found.add(child);
            }
        }
        return found;
    }
}
