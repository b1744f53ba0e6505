package com.acme.fleet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.devicestatus.architecture.DeviceStatusArchitecture;
import org.junit.jupiter.api.Test;

class FleetArchitectureTest {

    @Test
    void fleet_follows_the_device_status_architecture() {
        JavaClasses fleet = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.acme.fleet");

        DeviceStatusArchitecture.forBasePackage("com.acme.fleet")
                .allowingInApplication("com.acme.audit..")
                .check(fleet);
    }
}
