package com.acme.fleet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.devicestatus.architecture.DeviceStatusArchitecture;
import org.junit.jupiter.api.Test;

/** The README's "Architecture rules" example, applied to the platform's own code. */
class ArchitectureTest {

    @Test
    void thePlatformHasDeviceStatusShape() {
        // [architecture-start]
        JavaClasses fleet = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.acme.fleet");

        DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
                .allowingInApplication("com.acme.audit..")
                .check(fleet);
        // [architecture-end]
    }
}
