package io.devicestatus.adapter.graph.auth;

/** What a request does to a {@link Resource}: GET reads; POST, PATCH and DELETE write. */
public enum Access {
    READ("reading"),
    WRITE("writing");

    private final String gerund;

    Access(String gerund) {
        this.gerund = gerund;
    }

    /** How a message names the operation: "reading", "writing". */
    String gerund() {
        return gerund;
    }
}
