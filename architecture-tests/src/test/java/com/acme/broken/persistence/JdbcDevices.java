package com.acme.broken.persistence;

import com.acme.broken.domain.BrokenDevice;
import java.util.ArrayList;
import java.util.List;

public final class JdbcDevices {
    private final List<BrokenDevice> saved = new ArrayList<>();

    public void save(BrokenDevice device) {
        saved.add(device);
    }
}
